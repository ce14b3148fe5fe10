/**
 * Writes rows to Parquet with DuckDB: one table spec per file, rows appended through
 * DuckDB's appender (fast at national scale), sorted, then COPY … (FORMAT parquet,
 * COMPRESSION zstd). Same rows in → same bytes out.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

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

export async function openWriter(): Promise<{ conn: DuckDBConnection; close: () => void }> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	return {
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

export async function writeParquet(
	conn: DuckDBConnection,
	spec: TableSpec,
	path: string
): Promise<void> {
	const staged = `stage_${spec.name}`;
	const cols = spec.columns.map(([n, t]) => `${q(n)} ${t === 'DATE' ? 'VARCHAR' : t}`).join(', ');
	await conn.run(`CREATE OR REPLACE TABLE ${q(staged)} (${cols})`);
	const app = await conn.createAppender(staged);
	for (const row of spec.rows) {
		spec.columns.forEach(([, type], i) => append(app, type, row[i] ?? null));
		app.endRow();
	}
	app.closeSync();
	const select = spec.columns
		.map(([n, t]) => (t === 'DATE' ? `CAST(${q(n)} AS DATE) AS ${q(n)}` : q(n)))
		.join(', ');
	const file = path.replace(/'/g, "''");
	const groups = spec.rowGroupSize ? `, ROW_GROUP_SIZE ${spec.rowGroupSize}` : '';
	await conn.run(
		`COPY (SELECT ${select} FROM ${q(staged)} ORDER BY ${spec.orderBy}) TO '${file}' (FORMAT parquet, COMPRESSION zstd${groups})`
	);
	await conn.run(`DROP TABLE ${q(staged)}`);
}
