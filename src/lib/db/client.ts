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

function load() {
	engine ??= import('./engine.ts').catch((e) => {
		throw reportError(
			new Error(`数据引擎代码无法加载 (engine code failed to load): ${e}`, { cause: e })
		);
	});
	return engine;
}

export type { Provinces };

/**
 * Starts the engine and loads every table over `provinces` (the provinces a view shows, or
 * 'all'); resolves when all can be queried.
 */
export async function startDb(provinces?: Provinces): Promise<void> {
	return (await load()).tablesReady(provinces);
}

/**
 * Starts loading the engine and `provinces`'s tables once the browser is idle, so a page's
 * first change is answered sooner. Failures land in dbStatus, which the page shows.
 */
export function startWhenIdle(provinces?: Provinces): void {
	const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
	idle(() => void startDb(provinces).catch(() => {}));
}

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
