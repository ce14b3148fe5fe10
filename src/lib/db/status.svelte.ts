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
	/** By file under data/, without .parquet: `regions`, `provinces/440000/facts`, … */
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

/**
 * A table's loads added up: its national file, or every province file loaded into it.
 * Times are the slowest file's (they load side by side); null when nothing is loaded.
 */
export function tableLoad(table: string): TableLoad | null {
	const loads = Object.entries(dbStatus.tables)
		.filter(([file]) => file === table || file.endsWith(`/${table}`))
		.map(([, l]) => l);
	if (loads.length === 0) return null;
	const sum = (k: 'rows' | 'bytes') => loads.reduce((n, l) => n + l[k], 0);
	const max = (k: 'fetchMs' | 'decodeMs' | 'insertMs' | 'readyMs') =>
		Math.max(...loads.map((l) => l[k]));
	return {
		rows: sum('rows'),
		bytes: sum('bytes'),
		fetchMs: max('fetchMs'),
		decodeMs: max('decodeMs'),
		insertMs: max('insertMs'),
		readyMs: max('readyMs')
	};
}
