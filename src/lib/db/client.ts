/**
 * Browser entry points that load engine.ts (and DuckDB-WASM) on first call, so any
 * module may import these statically: prerendering in Node imports this file but never
 * calls it. A failed chunk load lands in the same app-wide error state as the engine.
 */
import type { Scope, TableOptions } from './engine.ts';
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

export type { Scope };

/**
 * Starts the engine and loads every table over `scope` (the provinces a view shows, or
 * 'all'); resolves when all can be queried.
 */
export async function startDb(scope?: Scope): Promise<void> {
	return (await load()).tablesReady(scope);
}

/**
 * Starts loading the engine and `scope`'s tables once the browser is idle, so a page's
 * first change is answered sooner. Failures land in dbStatus, which the page shows.
 */
export function startWhenIdle(scope?: Scope): void {
	const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
	idle(() => void startDb(scope).catch(() => {}));
}

export async function query<Row>(q: Query<Row>, scope?: Scope): Promise<Row[]> {
	return (await load()).query(q, scope);
}

/** The browser's runner for queries over `scope` (the provinces a view shows). */
export const runnerFor =
	(scope?: Scope): Runner =>
	(q) =>
		query(q, scope);

export async function ensureTables(names?: readonly TableName[], scope?: Scope): Promise<void> {
	return (await load()).ensureTables(names, scope);
}

export async function registerTable(file: TableName, options?: TableOptions): Promise<void> {
	return (await load()).registerTable(file, options);
}
