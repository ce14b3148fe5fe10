/**
 * The data engine's state for the whole app: one object, so every page shows the same
 * loading and error state. Times are whole ms; engineReadyMs, tablesReadyMs and readyMs
 * count from navigation start (performance.now()). Only db/ writes here; pages read.
 */
export type DbState = 'idle' | 'loading' | 'ready' | 'error';

export interface TableLoad {
	/** Rows registered in DuckDB (after projection/filter). */
	rows: number;
	/** Bytes of the Parquet file as fetched. */
	bytes: number;
	/** Measured inside the decode worker. */
	fetchMs: number;
	decodeMs: number;
	/** Inserting the Arrow IPC stream into DuckDB, on the main thread's side. */
	insertMs: number;
	/** When the table became queryable, ms since navigation start. */
	readyMs: number;
}

export interface DbStatus {
	state: DbState;
	/** One clear message (Chinese, then English) when state is 'error'. */
	error: string | null;
	/** Which DuckDB-WASM build selectBundle chose: 'eh' or 'mvp'. */
	bundle: 'eh' | 'mvp' | null;
	engineReadyMs: number | null;
	tablesReadyMs: number | null;
	tables: Record<string, TableLoad>;
}

export const dbStatus: DbStatus = $state({
	state: 'idle',
	error: null,
	bundle: null,
	engineReadyMs: null,
	tablesReadyMs: null,
	tables: {}
});

/** Puts the app in its error state; the first error is the one shown. */
export function reportError(error: unknown): Error {
	const e = error instanceof Error ? error : new Error(String(error));
	dbStatus.state = 'error';
	dbStatus.error ??= e.message;
	return e;
}
