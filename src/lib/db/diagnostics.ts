/**
 * The operator's check behind /status: does the engine start, does every table hold the
 * rows the manifest promises, does a known figure come back. These queries are about
 * the engine itself, not a question a reader asks, so they live here and not in queries/.
 */
import { asset } from '$app/paths';
import { raw, sql, TABLES, type TableName } from './sql.ts';

export const versionQuery = sql<{ version: string }>`SELECT version() AS version`;

/** Both must be false: a query must never make DuckDB download an extension. */
export const extensionsQuery = sql<{ autoinstall: boolean; autoload: boolean }>`
	SELECT CAST(current_setting('autoinstall_known_extensions') AS BOOLEAN) AS autoinstall,
		CAST(current_setting('autoload_known_extensions') AS BOOLEAN) AS autoload`;

/** One row per table; names come from TABLES, never from input. */
export const rowCountsQuery = sql<{ name: TableName; rows: number }>`${raw(
	TABLES.map((t) => `SELECT '${t}' AS name, count(*) AS rows FROM ${t}`).join(' UNION ALL ')
)}`;

/**
 * A figure checked by hand against its report (乐昌市 2023, initial budget). The figure
 * as written is part of the key: the same report also states it rounded (371 万元).
 */
export const SAMPLE = {
	reportId: '440281-2023',
	metricId: 'budget_initial',
	year: 2023,
	figure: '3,710,164 元',
	value: 3710164
} as const;

export const sampleFigureQuery = sql<{ value: number | null }>`
	SELECT value FROM facts
	WHERE report_id = ${SAMPLE.reportId} AND metric_id = ${SAMPLE.metricId}
		AND year = ${SAMPLE.year} AND figure = ${SAMPLE.figure}`;

export interface Manifest {
	files: Record<string, { rows: number; bytes: number; sha256: string }>;
}

/** Row counts promised by static/data/manifest.json, by table name. */
export async function manifestRows(): Promise<Record<string, number>> {
	const res = await fetch(asset('/data/manifest.json'));
	if (!res.ok) throw new Error(`manifest.json 无法加载：HTTP ${res.status} (manifest missing)`);
	const manifest = (await res.json()) as Manifest;
	return Object.fromEntries(
		Object.entries(manifest.files)
			.filter(([file]) => file.endsWith('.parquet') && !file.includes('/'))
			.map(([file, info]) => [file.replace(/\.parquet$/, ''), info.rows])
	);
}
