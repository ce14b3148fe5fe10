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

const literal = (file: string) => `'${file.replace(/'/g, "''")}'`;

/**
 * DuckDB over the data folder's national files: a view per table named as the table, or
 * with `load` a table read once into memory (prerendering asks thousands of questions of
 * the same files, and a view decodes them for every one).
 */
export async function openData(dataDir: string, { load = false } = {}) {
	const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
	const conn = await instance.connect();
	for (const name of TABLES) {
		const file = resolve(dataDir, tablePath(name));
		if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
		if (load)
			await conn.run(`CREATE TABLE ${name} AS SELECT * FROM read_parquet(${literal(file)})`);
		else await viewOf(conn, name, file);
	}
	return { instance, conn };
}

/** Points a table's view at one file (the data build points sharded tables at a province's). */
export const viewOf = (conn: DuckDBConnection, table: TableName, file: string) =>
	conn.run(`CREATE OR REPLACE VIEW ${table} AS SELECT * FROM read_parquet(${literal(file)})`);

/** A query's rows, each value plain JSON. */
export async function rowsOf<Row>(conn: DuckDBConnection, q: Query<Row>): Promise<Row[]> {
	const reader = await conn.runAndReadAll(q.sql, q.params as never);
	return reader.getRowObjectsJS().map((row) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
		return out as Row;
	});
}

/** How many recent answers a runner keeps: the questions every page of a route asks again. */
const REMEMBERED = 64;

/**
 * A runner over the national files in `dataDir`, opened on first use. The files do not
 * change while it runs, so it remembers its latest answers: the question every page of a
 * route asks (all reports, all counties) is answered once per build, not once per page.
 * Each caller gets its own copy of the rows.
 */
export function nodeRunner(
	dataDir: string,
	{ load = false } = {}
): { run: Runner; close: () => Promise<void> } {
	let ready: ReturnType<typeof openData> | null = null;
	const answers = new Map<string, Promise<Record<string, unknown>[]>>();
	const ask = async (q: Query<unknown>) => {
		ready ??= openData(dataDir, { load });
		return rowsOf((await ready).conn, q as Query<Record<string, unknown>>);
	};
	const run = async <Row>(q: Query<Row>): Promise<Row[]> => {
		const key = JSON.stringify([q.sql, q.params]);
		let answer = answers.get(key);
		if (answer) answers.delete(key);
		else answer = ask(q);
		answers.set(key, answer);
		answer.catch(() => answers.delete(key));
		if (answers.size > REMEMBERED) answers.delete(answers.keys().next().value!);
		return (await answer).map((row) => ({ ...row }) as Row);
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
export const run: Runner = nodeRunner(DATA_DIR, { load: true }).run;

/**
 * Every page of a dynamic route, unless YARDSTICK_PRERENDER names the pages to build
 * (svelte.config.js): then none beyond those. SvelteKit always asks a route for its
 * entries, so the restriction has to be honoured here as well.
 */
export async function entriesOf<T>(all: () => Promise<T[]>): Promise<T[]> {
	return process.env.YARDSTICK_PRERENDER ? [] : all();
}
