/**
 * The precomputed answers (src/lib/contract/answers.ts), read back from the Parquet files
 * just written, by the pages' own queries. Two of them, wholeFactsOf and metricCoverage,
 * give every file: wholeFactsOfMetric and wholeFactsOfYear return exactly wholeFactsOf's
 * rows narrowed to a metric or a year (same columns, same order). DuckDB groups the rows
 * by file and writes each file's JSON itself: turning rows into JS objects cost ~150 µs a
 * row, 190 s for the nation's 1.2 million facts, against seconds this way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
	metricFactsPath,
	packRows,
	statedPath,
	yearFactsPath
} from '../../src/lib/contract/answers.ts';
import { shardPath, SHARDED } from '../../src/lib/contract/tables.ts';
import { openData, rowsOf, viewOf } from '../../src/lib/db/node.server.ts';
import type { Query } from '../../src/lib/db/sql.ts';
import { FACT_ORDER, wholeFactsOf } from '../../src/lib/queries/facts.ts';
import { COVERAGE_ORDER, metricCoverage } from '../../src/lib/queries/metrics.ts';
import { answerArea } from '../../src/lib/queries/precomputed.ts';
import { countiesWithReports, type CountyRow } from '../../src/lib/queries/regions.ts';
import type { FileEntry } from './downloads.ts';
import { sha256 } from './load.ts';

const id = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

interface Packed {
	area: string;
	key: string | number | null;
	rows: number;
	text: string;
}

/**
 * Stages the query's rows in `answer_rows`, one per row: its area, its `keys` and `order`
 * columns, and the row as packRows writes it (its values in the query's column order).
 * Each value through to_json: three times faster than json_array on the nation's facts.
 * Returns the file head, the column names as packRows writes them.
 */
async function stageRows<Row>(
	conn: DuckDBConnection,
	q: Query<Row>,
	columns: readonly (keyof Row & string)[]
): Promise<string> {
	const probe = await conn.runAndReadAll(`SELECT * FROM (${q.sql}) LIMIT 0`, q.params as never);
	const names = probe.columnNames();
	const row = names.map((c) => `coalesce(to_json(q.${id(c)})::VARCHAR, 'null')`).join(', ');
	await conn.run(
		`CREATE OR REPLACE TEMP TABLE answer_rows AS
		SELECT a.area, ${columns.map((c) => `q.${id(c)}`).join(', ')}, '[' || concat_ws(',', ${row}) || ']' AS json
		FROM (${q.sql}) q JOIN answer_areas a USING (region_code)`,
		q.params as never
	);
	return `${JSON.stringify({ columns: names }).slice(0, -1)},"rows":[`;
}

/**
 * One row per file: the staged rows of one area (and one value of `by`), in `order`, with
 * the head before them: exactly the text JSON.stringify(packRows(rows)) gives when parsed.
 */
function packedBy(
	conn: DuckDBConnection,
	head: string,
	order: readonly string[],
	by: string | null
): Promise<Packed[]> {
	return rowsOf<Packed>(conn, {
		sql: `SELECT area, ${by ? id(by) : 'NULL'} AS key, count(*)::INTEGER AS rows,
			${literal(head)} || string_agg(json, ',' ORDER BY ${order.map(id).join(', ')}) || ']}' AS text
			FROM answer_rows GROUP BY ALL`,
		params: []
	});
}

const sorted = (packed: Packed[]) =>
	packed.sort((a, b) =>
		a.area !== b.area ? (a.area < b.area ? -1 : 1) : a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : 0
	);

/** Writes every area's files into `dir` (the build's staging folder); returns their entries. */
export async function writeAnswers(dir: string): Promise<Record<string, FileEntry>> {
	const { instance, conn } = await openData(dir);
	const files: Record<string, FileEntry> = {};
	const write = (name: string, text: string, rows: number) => {
		const file = join(dir, name);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		files[name] = { sha256: sha256(text), rows, bytes: Buffer.byteLength(text) };
	};
	try {
		const counties = await rowsOf<CountyRow>(conn, countiesWithReports());
		await conn.run('CREATE TEMP TABLE answer_areas (region_code VARCHAR, area VARCHAR)');
		const app = await conn.createAppender('answer_areas');
		for (const c of counties) {
			app.appendVarchar(c.region_code);
			app.appendVarchar(answerArea(c));
			app.endRow();
		}
		app.closeSync();

		// Every area gets its index, so a reader tells "states nothing" from "file missing".
		const coverageHead = await stageRows(conn, metricCoverage(), COVERAGE_ORDER);
		const stated = new Map(
			(await packedBy(conn, coverageHead, COVERAGE_ORDER, null)).map((p) => [p.area, p])
		);
		for (const area of [...new Set(counties.map(answerArea))].sort()) {
			const p = stated.get(area);
			write(statedPath(area), p?.text ?? JSON.stringify(packRows([])), p?.rows ?? 0);
		}

		// A province at a time, from its own files: the nation's facts at once would not fit.
		const provinces = [...new Set(counties.map((c) => c.province_code))].sort();
		for (const province of provinces) {
			for (const table of SHARDED) await viewOf(conn, table, join(dir, shardPath(province, table)));
			const codes = counties.filter((c) => c.province_code === province).map((c) => c.region_code);
			const head = await stageRows(conn, wholeFactsOf(codes), FACT_ORDER);
			// DuckDB groups in no set order: sorted, so the same data gives the same manifest.
			const metrics = sorted(await packedBy(conn, head, FACT_ORDER, 'metric_id'));
			const years = sorted(await packedBy(conn, head, FACT_ORDER, 'year'));
			for (const area of [...new Set(metrics.map((p) => p.area))]) {
				for (const p of metrics.filter((m) => m.area === area))
					write(metricFactsPath(area, String(p.key)), p.text, p.rows);
				for (const p of years.filter((y) => y.area === area))
					write(yearFactsPath(area, Number(p.key)), p.text, p.rows);
			}
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	return files;
}
