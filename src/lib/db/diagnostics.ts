/**
 * The operator's check behind /status: does the engine start, does every table hold the
 * rows the manifest promises, does the fact the build sampled come back unchanged. These
 * queries are about the engine itself, not a question a reader asks, so they live here
 * and not in queries/.
 */
import { asset } from '$app/paths';
import { MANIFEST_PATH, type Manifest, type SampleFact } from '../contract/manifest.ts';
import { TABLES, type TableName } from '../contract/tables.ts';
import { raw, sql } from './sql.ts';

export const versionQuery = sql<{ version: string }>`SELECT version() AS version`;

/** Both must be false: a query must never make DuckDB download an extension. */
export const extensionsQuery = sql<{ autoinstall: boolean; autoload: boolean }>`
	SELECT CAST(current_setting('autoinstall_known_extensions') AS BOOLEAN) AS autoinstall,
		CAST(current_setting('autoload_known_extensions') AS BOOLEAN) AS autoload`;

/** One row per table; names come from TABLES, never from input. */
export const rowCountsQuery = sql<{ name: TableName; rows: number }>`${raw(
	TABLES.map((t) => `SELECT '${t}' AS name, count(*) AS rows FROM ${t}`).join(' UNION ALL ')
)}`;

/** The engine's reading of the fact the build sampled into the manifest. */
export const sampleQuery = (sample: SampleFact) => sql<{ value: number | null; figure: string }>`
	SELECT value, figure FROM facts WHERE fact_id = ${sample.fact_id}`;

/** The engine's answer agrees with the build's: same figure, the very same value. */
export const sampleMatches = (
	sample: SampleFact,
	answer: { value: number | null; figure: string } | undefined
) => answer !== undefined && answer.figure === sample.figure && answer.value === sample.value;

export async function fetchManifest(): Promise<Manifest> {
	const res = await fetch(asset(`/data/${MANIFEST_PATH}`));
	if (!res.ok) throw new Error(`manifest.json 无法加载：HTTP ${res.status} (manifest missing)`);
	return (await res.json()) as Manifest;
}
