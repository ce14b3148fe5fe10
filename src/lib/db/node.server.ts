/**
 * DuckDB in Node for build time: the prerendered pages run the same queries as the
 * browser, over the same Parquet files, so the first view and the live view agree.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tablePath, TABLES, type TableName } from '../contract/tables.ts';
import { ABSENT, hashOf, noteFile, queryNoter, type PageInputs } from './inputs.server.ts';
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

/**
 * A query's rows, each value plain JSON. Read column by column: for a city's 5,000 facts
 * that took 60 ms where row objects took 270 ms, more than DuckDB took to answer.
 */
export async function rowsOf<Row>(conn: DuckDBConnection, q: Query<Row>): Promise<Row[]> {
	const reader = await conn.runAndReadAll(q.sql, q.params as never);
	const names = reader.columnNames();
	const columns = reader.getColumnsJS();
	const rows = new Array<Row>(reader.currentRowCount);
	for (let i = 0; i < rows.length; i++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < names.length; c++) row[names[c]!] = plainValue(columns[c]![i]);
		rows[i] = row as Row;
	}
	return rows;
}

/** How many recent answers a runner keeps: the questions every page of a route asks again. */
const REMEMBERED = 64;

interface Answer {
	rows: Record<string, unknown>[];
	/** Of the rows, taken when a page's read is noted (inputs.server.ts). */
	hash?: string;
}

/**
 * A runner over the national files in `dataDir`, opened on first use. The files do not
 * change while it runs, so it remembers its latest answers: the question every page of a
 * route asks (all reports, all counties) is answered once per build, not once per page.
 * Each caller gets its own copy of the rows. `answerHash` gives the hash of a query's answer.
 */
export function nodeRunner(
	dataDir: string,
	{ load = false } = {}
): {
	run: Runner;
	answerHash: (q: Query<unknown>) => Promise<string>;
	/** How many questions went to DuckDB (the others were answered from memory). */
	asked: () => number;
	close: () => Promise<void>;
} {
	let ready: ReturnType<typeof openData> | null = null;
	const answers = new Map<string, Promise<Answer>>();
	const whole = new Map<string, Promise<Answer>>();
	let asked = 0;
	const ask = async (q: Query<unknown>): Promise<Answer> => {
		asked++;
		ready ??= openData(dataDir, { load });
		return { rows: await rowsOf((await ready).conn, q as Query<Record<string, unknown>>) };
	};
	const answer = (q: Query<unknown>, key: string) => {
		// A question without parameters is about the whole country (every metric, every county):
		// kept for the whole run. Among the recent ones it was pushed out by the questions of
		// the pages between two that ask it (a briefing asks dozens).
		if (!q.params.length) {
			let a = whole.get(key);
			if (!a) whole.set(key, (a = ask(q)));
			a.catch(() => whole.delete(key));
			return a;
		}
		let a = answers.get(key);
		if (a) answers.delete(key);
		else a = ask(q);
		answers.set(key, a);
		a.catch(() => answers.delete(key));
		if (answers.size > REMEMBERED) answers.delete(answers.keys().next().value!);
		return a;
	};
	const hashed = (a: Answer) => (a.hash ??= hashOf(JSON.stringify(a.rows)));
	const run = async <Row>(q: Query<Row>): Promise<Row[]> => {
		const key = JSON.stringify([q.sql, q.params]);
		const note = queryNoter(key, q.sql, q.params);
		const a = await answer(q, key);
		note?.(hashed(a));
		return a.rows.map((row) => ({ ...row }) as Row);
	};
	const close = async () => {
		if (!ready) return;
		const { instance, conn } = await ready;
		conn.closeSync();
		instance.closeSync();
	};
	return {
		run,
		answerHash: async (q) => hashed(await answer(q, JSON.stringify([q.sql, q.params]))),
		asked: () => asked,
		close
	};
}

const prerender = nodeRunner(DATA_DIR, { load: true });

/** The runner prerendering uses: over DATA_DIR (static/data unless told otherwise). */
export const run: Runner = prerender.run;

/** The folders a page may read a file from, by name: the name is what a page's inputs keep. */
const ROOTS = { data: DATA_DIR, sources: SOURCES_DIR, project: process.cwd() };
type Root = keyof typeof ROOTS;

const bytesOf = (root: Root, path: string): Buffer | null => {
	const file = resolve(ROOTS[root], path);
	return existsSync(file) ? readFileSync(file) : null;
};

/** A file a page reads at build time, or null when there is none; noted as the page's input. */
export function readInput(root: Root, path: string): Buffer | null {
	const bytes = bytesOf(root, path);
	noteFile(`${root}:${path}`, bytes ? hashOf(bytes) : ABSENT);
	return bytes;
}

/** Whether every input a page read has the same hash today (its queries answered again). */
export async function sameInputs(inputs: PageInputs): Promise<boolean> {
	for (const [file, hash] of inputs.files) {
		const at = file.indexOf(':');
		const root = file.slice(0, at) as Root;
		if (!(root in ROOTS)) return false;
		const bytes = bytesOf(root, file.slice(at + 1));
		if ((bytes ? hashOf(bytes) : ABSENT) !== hash) return false;
	}
	for (const [sql, params, hash] of inputs.queries) {
		// A question the tables can no longer answer: the page renders, and says so if it must.
		const now = await prerender.answerHash({ sql, params }).catch(() => null);
		if (now !== hash) return false;
	}
	return true;
}

/**
 * Every page of a dynamic route, unless YARDSTICK_PRERENDER names the pages to build
 * (svelte.config.js): then none beyond those. SvelteKit always asks a route for its
 * entries, so the restriction has to be honoured here as well.
 */
export async function entriesOf<T>(all: () => Promise<T[]>): Promise<T[]> {
	return process.env.YARDSTICK_PRERENDER ? [] : all();
}
