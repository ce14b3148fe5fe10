/**
 * DuckDB in Node for build time: the prerendered pages run the same queries as the
 * browser, over the same Parquet files, so the first view and the live view agree.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { tablePath, TABLES, type TableName } from '../contract/tables.ts';
import { plainValue, type Query, type Runner } from './sql.ts';

export const DATA_DIR = resolve(process.env.YARDSTICK_DATA_DIR ?? 'static/data');
/** The source reports the pages quote, as the data build read them. */
export const SOURCES_DIR = resolve(process.env.YARDSTICK_SOURCES_DIR ?? 'data/sources');

/** DuckDB over the data folder's national files, a view per table named as the table. */
export async function openData(dataDir: string) {
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await instance.connect();
	for (const name of TABLES) {
		const file = resolve(dataDir, tablePath(name));
		if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
		await viewOf(conn, name, file);
	}
	return { instance, conn };
}

/** Points a table's view at one file (the data build points sharded tables at a province's). */
export const viewOf = (conn: DuckDBConnection, table: TableName, file: string) =>
	conn.run(
		`CREATE OR REPLACE VIEW ${table} AS SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`
	);

/** A query's rows, each value plain JSON. */
export async function rowsOf<Row>(conn: DuckDBConnection, q: Query<Row>): Promise<Row[]> {
	const reader = await conn.runAndReadAll(q.sql, q.params as never);
	return reader.getRowObjectsJS().map((row) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
		return out as Row;
	});
}

/** A runner over the national files in `dataDir`, opened on first use. */
export function nodeRunner(dataDir: string): { run: Runner; close: () => Promise<void> } {
	let ready: ReturnType<typeof openData> | null = null;
	const run = async <Row>(q: Query<Row>): Promise<Row[]> => {
		ready ??= openData(dataDir);
		return rowsOf((await ready).conn, q);
	};
	const close = async () => {
		if (!ready) return;
		const { instance, conn } = await ready;
		conn.closeSync();
		instance.closeSync();
	};
	return { run, close };
}

/** The runner prerendering uses: over DATA_DIR (static/data unless told otherwise). */
export const run: Runner = nodeRunner(DATA_DIR).run;

/**
 * Every page of a dynamic route, unless YARDSTICK_PRERENDER names the pages to build
 * (svelte.config.js): then none beyond those. SvelteKit always asks a route for its
 * entries, so the restriction has to be honoured here as well.
 */
export async function entriesOf<T>(all: () => Promise<T[]>): Promise<T[]> {
	return process.env.YARDSTICK_PRERENDER ? [] : all();
}
