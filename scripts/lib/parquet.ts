/**
 * Writes rows to Parquet with DuckDB: one table spec per file, rows appended through
 * DuckDB's appender (fast at national scale), sorted, then COPY … (FORMAT parquet,
 * COMPRESSION zstd). Same rows in → same bytes out. Ties in `orderBy` keep the rows'
 * input order, and the order written is returned, so the CSV downloads can be written
 * from the same rows in the same order without reading the Parquet back (at nation
 * scale, converting 20 million values back to JavaScript took longer than the rest).
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { ColumnType } from '../../src/lib/contract/tables.ts';

export type { ColumnType };
export type Cell = string | number | null;

export interface TableSpec {
	name: string;
	columns: readonly (readonly [name: string, type: ColumnType])[];
	/** The ORDER BY clause that fixes row order (and so the file's bytes). */
	orderBy: string;
	rows: Cell[][];
	/** Rows per row group; smaller groups let readers skip more with range requests. */
	rowGroupSize?: number;
	/**
	 * Per row, the shard it also goes to (its province): the browser fetches only the
	 * shards a view needs, so a province never downloads the country (README, "Layout").
	 */
	shards?: string[];
	/** Every shard key, so a province without rows still gets its (empty) file. */
	shardKeys?: string[];
}

function append(app: DuckDBAppender, type: ColumnType, v: Cell): void {
	if (v === null) return app.appendNull();
	if (type === 'VARCHAR') return app.appendVarchar(String(v));
	if (type === 'INTEGER') return app.appendInteger(Number(v));
	if (type === 'DOUBLE') return app.appendDouble(Number(v));
	return app.appendVarchar(String(v)); // DATE: staged as text, cast on COPY
}

const q = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** Each row's index in spec.rows, staged beside it; never written to the file. */
const ROW = '__row';

/**
 * DuckDB would hold up to 80% of RAM; at nation scale it took ~1 GB beside the build's own
 * heap. Past this limit it sorts on disk, in a folder of its own that `close` removes.
 */
const MEMORY_LIMIT = '256MB';

export async function openWriter(): Promise<{ conn: DuckDBConnection; close: () => void }> {
	const spill = mkdtempSync(join(tmpdir(), 'yardstick-duckdb-'));
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		memory_limit: MEMORY_LIMIT,
		temp_directory: spill
	});
	const conn = await instance.connect();
	return {
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
			rmSync(spill, { recursive: true, force: true });
		}
	};
}

const SHARD = '__shard';

/**
 * Writes the file, and with `shardPath` one more file per shard key in `spec.shards`
 * (same columns and order, only that shard's rows). Returns the rows' order in the main
 * file, as indexes into spec.rows, and the shard files written by key.
 */
export async function writeParquet(
	conn: DuckDBConnection,
	spec: TableSpec,
	path: string,
	shardPath?: (key: string) => string
): Promise<{ order: number[]; shards: Map<string, string> }> {
	const staged = `stage_${spec.name}`;
	const cols = spec.columns.map(([n, t]) => `${q(n)} ${t === 'DATE' ? 'VARCHAR' : t}`).join(', ');
	await conn.run(
		`CREATE OR REPLACE TABLE ${q(staged)} (${cols}, ${q(ROW)} INTEGER, ${q(SHARD)} VARCHAR)`
	);
	const app = await conn.createAppender(staged);
	spec.rows.forEach((row, r) => {
		spec.columns.forEach(([, type], i) => append(app, type, row[i] ?? null));
		app.appendInteger(r);
		append(app, 'VARCHAR', spec.shards?.[r] ?? null);
		app.endRow();
	});
	app.closeSync();
	const order = `${spec.orderBy}, ${q(ROW)}`;
	const select = spec.columns
		.map(([n, t]) => (t === 'DATE' ? `CAST(${q(n)} AS DATE) AS ${q(n)}` : q(n)))
		.join(', ');
	const groups = spec.rowGroupSize ? `, ROW_GROUP_SIZE ${spec.rowGroupSize}` : '';
	const copy = (where: string, to: string) =>
		conn.run(
			`COPY (SELECT ${select} FROM ${q(staged)} ${where} ORDER BY ${order}) TO '${to.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd${groups})`
		);
	await copy('', path);
	const written = await conn.runAndReadAll(`SELECT ${q(ROW)} FROM ${q(staged)} ORDER BY ${order}`);
	const shards = new Map<string, string>();
	if (shardPath && spec.shards) {
		for (const key of [...new Set([...(spec.shardKeys ?? []), ...spec.shards])].sort()) {
			const to = shardPath(key);
			mkdirSync(dirname(to), { recursive: true });
			// Keys are region codes checked by the build; quoted all the same.
			await copy(`WHERE ${q(SHARD)} = '${key.replace(/'/g, "''")}'`, to);
			shards.set(key, to);
		}
	}
	await conn.run(`DROP TABLE ${q(staged)}`);
	return { order: (written.getColumnsJS()[0] ?? []) as number[], shards };
}
