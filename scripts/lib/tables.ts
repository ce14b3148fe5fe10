/**
 * The tables of the data contract (see ../../README.md and data/records/README.md),
 * built from verified records. Column order here is the order in the Parquet files.
 */
import type { Finding } from '../../src/lib/domain/audit/index.ts';
import {
	factId,
	factScope,
	scoreId,
	type Catalogue,
	type Region
} from '../../src/lib/domain/schema.ts';
import type { VerifiedRecord } from '../../src/lib/domain/verify.ts';
import type { Cell, TableSpec } from './parquet.ts';

/** An audit finding; one about several reports has one row per report involved. */
export type FindingRow = Finding;

export interface TableInputs {
	regions: Region[];
	catalogue: Catalogue;
	records: VerifiedRecord[];
	sourceHashes: Map<string, string>;
	findings: FindingRow[];
}

export { factId };

export function buildTables({
	regions,
	catalogue,
	records,
	sourceHashes,
	findings
}: TableInputs): TableSpec[] {
	const byCode = new Map(regions.map((r) => [r.code, r]));
	const nameOf = (code: string | undefined) => (code ? (byCode.get(code)?.name ?? null) : null);
	const shardKeys = regions.filter((r) => !r.parent).map((r) => r.code);
	const shardOf = (code: string) => topRegion(code, byCode);
	const sharded = (rows: Cell[][], regionColumn: number) => ({
		shards: rows.map((row) => shardOf(String(row[regionColumn]))),
		shardKeys
	});

	const regionRows: Cell[][] = regions.map((r) => [
		r.code,
		r.name,
		r.parent ?? null,
		nameOf(r.parent),
		r.level
	]);

	const reportRows: Cell[][] = records.map(({ record: r }) => [
		r.report_id,
		r.region_code,
		nameOf(r.region_code),
		r.year,
		r.kind,
		r.project_name,
		r.report_type,
		r.title,
		r.unit_name,
		r.filed_on,
		r.source.file,
		sourceHashes.get(r.source.file) ?? null,
		r.source.lines[0],
		r.source.lines[1],
		r.self_score,
		r.grade,
		r.status
	]);

	const metricRows: Cell[][] = catalogue.metrics.map((m) => [
		m.id,
		m.category,
		catalogue.categories[m.category]?.zh ?? m.category,
		catalogue.categories[m.category]?.en ?? m.category,
		m.name_zh,
		m.name_en,
		m.unit,
		m.better,
		m.description,
		m.max ?? null,
		m.basis
	]);
	const unitOf = new Map(catalogue.metrics.map((m) => [m.id, m.unit]));

	const factRows: Cell[][] = records.flatMap(({ record: r, factSpans }) =>
		r.facts.map((f, i) => [
			factId(r.report_id, i),
			r.report_id,
			r.region_code,
			f.year,
			r.year,
			f.metric,
			f.value,
			unitOf.get(f.metric) ?? null,
			f.qualifier,
			f.basis,
			factScope(r, f),
			factScope(r, f) === 'project' ? r.project_name : null,
			f.figure,
			f.quote,
			factSpans[i]!.start,
			factSpans[i]!.end,
			f.note ?? null,
			f.part ?? null
		])
	);

	const scoreRows: Cell[][] = records.flatMap(({ record: r, scoreSpans }) =>
		r.scores.map((s, i) => [
			scoreId(r.report_id, i),
			r.report_id,
			r.region_code,
			r.year,
			i + 1,
			s.section,
			s.group ?? null,
			s.indicator,
			s.max_points,
			s.points,
			s.quote,
			scoreSpans[i]!.start,
			scoreSpans[i]!.end
		])
	);

	const findingRows: Cell[][] = findings.map((f) => [
		f.report_id,
		f.region_code,
		f.year,
		f.check_id,
		f.severity,
		f.message,
		f.message_en,
		f.fact_ids.join(' '),
		f.score_ids.join(' ')
	]);

	return [
		{
			name: 'regions',
			columns: [
				['region_code', 'VARCHAR'],
				['name', 'VARCHAR'],
				['parent_code', 'VARCHAR'],
				['parent_name', 'VARCHAR'],
				['level', 'VARCHAR']
			],
			orderBy: 'region_code',
			rows: regionRows
		},
		{
			name: 'reports',
			columns: [
				['report_id', 'VARCHAR'],
				['region_code', 'VARCHAR'],
				['region_name', 'VARCHAR'],
				['year', 'INTEGER'],
				['kind', 'VARCHAR'],
				['project_name', 'VARCHAR'],
				['report_type', 'VARCHAR'],
				['title', 'VARCHAR'],
				['unit_name', 'VARCHAR'],
				['filed_on', 'DATE'],
				['source_file', 'VARCHAR'],
				['source_sha256', 'VARCHAR'],
				['source_first_line', 'INTEGER'],
				['source_last_line', 'INTEGER'],
				['self_score', 'DOUBLE'],
				['grade', 'VARCHAR'],
				['status', 'VARCHAR']
			],
			orderBy: 'report_id',
			rows: reportRows,
			...sharded(reportRows, 1)
		},
		{
			name: 'metrics',
			columns: [
				['metric_id', 'VARCHAR'],
				['category', 'VARCHAR'],
				['category_zh', 'VARCHAR'],
				['category_en', 'VARCHAR'],
				['name_zh', 'VARCHAR'],
				['name_en', 'VARCHAR'],
				['unit', 'VARCHAR'],
				['better', 'VARCHAR'],
				['description', 'VARCHAR'],
				['max_value', 'DOUBLE'],
				['basis', 'VARCHAR']
			],
			orderBy: 'metric_id',
			rows: metricRows
		},
		{
			name: 'facts',
			columns: [
				['fact_id', 'VARCHAR'],
				['report_id', 'VARCHAR'],
				['region_code', 'VARCHAR'],
				['year', 'INTEGER'],
				['report_year', 'INTEGER'],
				['metric_id', 'VARCHAR'],
				['value', 'DOUBLE'],
				['unit', 'VARCHAR'],
				['qualifier', 'VARCHAR'],
				['basis', 'VARCHAR'],
				['scope', 'VARCHAR'],
				['project_name', 'VARCHAR'],
				['figure', 'VARCHAR'],
				['quote', 'VARCHAR'],
				['quote_start', 'INTEGER'],
				['quote_end', 'INTEGER'],
				['note', 'VARCHAR'],
				['part', 'VARCHAR']
			],
			// Sorted by region first so a reader can skip row groups of other regions.
			orderBy: 'region_code, metric_id, year, report_id, fact_id',
			rows: factRows,
			...sharded(factRows, 2)
		},
		{
			name: 'scores',
			columns: [
				['score_id', 'VARCHAR'],
				['report_id', 'VARCHAR'],
				['region_code', 'VARCHAR'],
				['year', 'INTEGER'],
				['position', 'INTEGER'],
				['section', 'VARCHAR'],
				['group_name', 'VARCHAR'],
				['indicator', 'VARCHAR'],
				['max_points', 'DOUBLE'],
				['points', 'DOUBLE'],
				['quote', 'VARCHAR'],
				['quote_start', 'INTEGER'],
				['quote_end', 'INTEGER']
			],
			orderBy: 'region_code, report_id, position',
			rows: scoreRows,
			...sharded(scoreRows, 2)
		},
		{
			name: 'findings',
			columns: [
				['report_id', 'VARCHAR'],
				['region_code', 'VARCHAR'],
				['year', 'INTEGER'],
				['check_id', 'VARCHAR'],
				['severity', 'VARCHAR'],
				['message', 'VARCHAR'],
				['message_en', 'VARCHAR'],
				['fact_ids', 'VARCHAR'],
				['score_ids', 'VARCHAR']
			],
			orderBy: 'region_code, report_id, check_id, fact_ids, message',
			rows: findingRows,
			...sharded(findingRows, 1)
		}
	];
}

/**
 * The region's top ancestor (its province, as regions.yaml lists them): the shard its rows
 * go to. The build has already checked that every parent is listed.
 */
export function topRegion(code: string, byCode: ReadonlyMap<string, Region>): string {
	let at = code;
	for (let hops = 0; hops < 8; hops++) {
		const parent = byCode.get(at)?.parent;
		if (!parent) return at;
		at = parent;
	}
	return at;
}
