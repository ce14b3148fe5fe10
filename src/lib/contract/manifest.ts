/**
 * static/data/manifest.json: what the data build promises about the files it wrote. The
 * site's operator check (/status) and downloads page read it; the build writes it.
 */
import { tablePath, TABLES, type TableName } from './tables.ts';

export const MANIFEST_PATH = 'manifest.json';

export interface ManifestFile {
	sha256: string;
	bytes: number;
	/** Data rows; absent for files that are not tables (datapackage.json, inputs.json). */
	rows?: number;
}

/**
 * One stated figure as the build wrote it: the engine in the browser must read back the
 * same value for the same fact, whatever the data holds.
 */
export interface SampleFact {
	fact_id: string;
	report_id: string;
	metric_id: string;
	year: number;
	/** The figure as the report writes it. */
	figure: string;
	value: number;
}

export interface Manifest {
	schema_version: number;
	synthetic?: boolean;
	/** Every file written, by path relative to static/data/. */
	files: Record<string, ManifestFile>;
	counts: {
		reports: number;
		facts: number;
		scores: number;
		findings: { error: number; warning: number; info: number };
	};
	/** The first row of facts.parquet; null when there are no facts. */
	sample: SampleFact | null;
}

/** Row counts of the national files, by table name. */
export function manifestRows(manifest: Manifest): Partial<Record<TableName, number>> {
	const rows: Partial<Record<TableName, number>> = {};
	for (const t of TABLES) {
		const file = manifest.files[tablePath(t)];
		if (file?.rows !== undefined) rows[t] = file.rows;
	}
	return rows;
}
