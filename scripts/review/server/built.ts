/**
 * What a data build wrote, read back with hyparquet as the site reads it: the findings of
 * one report, and the reports, counties and findings of a whole build, to say what a
 * publish changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { tablePath, type ColumnOf, type TableName } from '../../../src/lib/contract/tables.ts';
import type { FindingView } from '../shared/api.ts';

type Row = Record<string, unknown>;

async function rows<T extends TableName>(
	dir: string,
	table: T,
	columns: ColumnOf<T>[]
): Promise<Row[]> {
	const path = join(dir, tablePath(table));
	if (!existsSync(path)) return [];
	const b = readFileSync(path);
	const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
	return (await parquetReadObjects({ file, columns, compressors })) as Row[];
}

export async function findingsOf(dataOut: string, reportId: string): Promise<FindingView[]> {
	const all = await rows(dataOut, 'findings', ['report_id', 'severity', 'message', 'message_en']);
	return all
		.filter((r) => r.report_id === reportId)
		.map((r) => ({
			severity: String(r.severity),
			message: { zh: String(r.message), en: String(r.message_en) }
		}));
}

export interface BuildContents {
	reports: Set<string>;
	/** County code → name, for the counties with at least one report. */
	counties: Map<string, string>;
	/** One key per finding row (report, check, message). */
	findings: Set<string>;
}

export async function contentsOf(dataOut: string): Promise<BuildContents> {
	const reports = await rows(dataOut, 'reports', ['report_id', 'region_code']);
	const regions = await rows(dataOut, 'regions', ['region_code', 'name']);
	const names = new Map(regions.map((r) => [String(r.region_code), String(r.name)]));
	const findings = await rows(dataOut, 'findings', ['report_id', 'check_id', 'message']);
	return {
		reports: new Set(reports.map((r) => String(r.report_id))),
		counties: new Map(
			reports.map((r) => [String(r.region_code), names.get(String(r.region_code)) ?? ''])
		),
		findings: new Set(findings.map((r) => `${r.report_id}|${r.check_id}|${r.message}`))
	};
}
