/**
 * Writes rows to Parquet with DuckDB: one table spec per file, rows appended through
 * DuckDB's appender (fast at national scale), sorted, then COPY … (FORMAT parquet,
 * COMPRESSION zstd). Same rows in → same bytes out. Ties in `orderBy` keep the rows'
 * input order, and the order written is returned, so the CSV downloads can be written
 * from the same rows in the same order without reading the Parquet back (at nation
 * scale, converting 20 million values back to JavaScript took longer than the rest).
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';
export type Cell = string | number | null;

export interface TableSpec {
	name: string;
	columns: [name: string, type: ColumnType][];
	/** The ORDER BY clause that fixes row order (and so the file's bytes). */
	orderBy: string;
	rows: Cell[][];
	/** Rows per row group; smaller groups let readers skip more with range requests. */
	rowGroupSize?: number;
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

/** Writes the file; returns the rows' order in it, as indexes into spec.rows. */
export async function writeParquet(
	conn: DuckDBConnection,
	spec: TableSpec,
	path: string
): Promise<number[]> {
	const staged = `stage_${spec.name}`;
	const cols = spec.columns.map(([n, t]) => `${q(n)} ${t === 'DATE' ? 'VARCHAR' : t}`).join(', ');
	await conn.run(`CREATE OR REPLACE TABLE ${q(staged)} (${cols}, ${q(ROW)} INTEGER)`);
	const app = await conn.createAppender(staged);
	spec.rows.forEach((row, r) => {
		spec.columns.forEach(([, type], i) => append(app, type, row[i] ?? null));
		app.appendInteger(r);
		app.endRow();
	});
	app.closeSync();
	const order = `${spec.orderBy}, ${q(ROW)}`;
	const select = spec.columns
		.map(([n, t]) => (t === 'DATE' ? `CAST(${q(n)} AS DATE) AS ${q(n)}` : q(n)))
		.join(', ');
	const file = path.replace(/'/g, "''");
	const groups = spec.rowGroupSize ? `, ROW_GROUP_SIZE ${spec.rowGroupSize}` : '';
	await conn.run(
		`COPY (SELECT ${select} FROM ${q(staged)} ORDER BY ${order}) TO '${file}' (FORMAT parquet, COMPRESSION zstd${groups})`
	);
	const written = await conn.runAndReadAll(`SELECT ${q(ROW)} FROM ${q(staged)} ORDER BY ${order}`);
	await conn.run(`DROP TABLE ${q(staged)}`);
	return (written.getColumnsJS()[0] ?? []) as number[];
}
