/**
 * Browser entry points that load engine.ts (and DuckDB-WASM) on first call, so any
 * module may import these statically: prerendering in Node imports this file but never
 * calls it. A failed chunk load lands in the same app-wide error state as the engine.
 */
import type { Provinces, TableOptions } from './engine.ts';
import type { TableName } from '../contract/tables.ts';
import type { Query, Runner } from './sql.ts';
import { reportError } from './status.svelte.ts';

let engine: Promise<typeof import('./engine.ts')> | null = null;
/** The engine module once loaded, for questions that must be answered at once. */
let loadedEngine: typeof import('./engine.ts') | null = null;

function load() {
	engine ??= import('./engine.ts')
		.then((m) => (loadedEngine = m))
		.catch((e) => {
			throw reportError(
				new Error(`数据引擎代码无法加载 (engine code failed to load): ${e}`, { cause: e })
			);
		});
	return engine;
}

export type { Provinces };

/**
 * Starts the engine and loads `tables` (all by default) over `provinces` (the provinces a
 * view shows, or 'all'); resolves when all can be queried.
 */
export async function startDb(provinces?: Provinces, tables?: readonly TableName[]): Promise<void> {
	return (await load()).tablesReady(provinces, tables);
}

/**
 * Starts the engine now, loading only the tables a page's questions read over the
 * provinces its view shows: its first change should find it ready. Failures land in
 * dbStatus, which the page shows.
 */
export function startEarly(provinces: Provinces, tables: readonly TableName[]): void {
	void startDb(provinces, tables).catch(() => {});
}

/** Whether the engine holds `tables` over `provinces` already (engine.ts holds). */
export const engineHolds = (provinces: Provinces, tables: readonly TableName[]): boolean =>
	loadedEngine?.holds(provinces, tables) ?? false;

export async function query<Row>(q: Query<Row>, provinces?: Provinces): Promise<Row[]> {
	return (await load()).query(q, provinces);
}

/** The browser's runner for queries over `provinces` (the provinces a view shows). */
export const runnerFor =
	(provinces?: Provinces): Runner =>
	(q) =>
		query(q, provinces);

export async function ensureTables(
	names?: readonly TableName[],
	provinces?: Provinces
): Promise<void> {
	return (await load()).ensureTables(names, provinces);
}

export async function registerTable(file: TableName, options?: TableOptions): Promise<void> {
	return (await load()).registerTable(file, options);
}
