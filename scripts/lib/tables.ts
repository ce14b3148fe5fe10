/**
 * The tables of the data contract (src/lib/contract/tables.ts: names, columns and their
 * order), built from verified records. Each row names its columns, so a column cannot
 * land in another's place; rows are kept as arrays in the contract's order.
 */
import {
	COLUMNS,
	SHARD_COLUMN,
	type ColumnOf,
	type TableName
} from '../../src/lib/contract/tables.ts';
import type { SampleFact } from '../../src/lib/contract/manifest.ts';
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

/** A row of `table` from its values by column name, as an array in the contract's order. */
export function rowOf<T extends TableName>(table: T) {
	const names = COLUMNS[table].map(([n]) => n) as ColumnOf<T>[];
	return (values: Record<ColumnOf<T>, Cell>): Cell[] => names.map((n) => values[n]);
}

/** Where a column sits in a row of `table`. */
export function columnIndex<T extends TableName>(table: T, column: ColumnOf<T>): number {
	return COLUMNS[table].findIndex(([n]) => n === column);
}

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
	const spec = (name: TableName, rows: Cell[][], orderBy: string, sharded = false): TableSpec => {
		const at = columnIndex(name, SHARD_COLUMN as ColumnOf<typeof name>);
		return {
			name,
			columns: COLUMNS[name],
			orderBy,
			rows,
			...(sharded
				? { shards: rows.map((row) => topRegion(String(row[at]), byCode)), shardKeys }
				: {})
		};
	};

	const region = rowOf('regions');
	const regionRows = regions.map((r) =>
		region({
			region_code: r.code,
			name: r.name,
			parent_code: r.parent ?? null,
			parent_name: nameOf(r.parent),
			level: r.level
		})
	);

	const report = rowOf('reports');
	const reportRows = records.map(({ record: r }) =>
		report({
			report_id: r.report_id,
			region_code: r.region_code,
			region_name: nameOf(r.region_code),
			year: r.year,
			kind: r.kind,
			project_name: r.project_name,
			report_type: r.report_type,
			title: r.title,
			unit_name: r.unit_name,
			filed_on: r.filed_on,
			source_file: r.source.file,
			source_sha256: sourceHashes.get(r.source.file) ?? null,
			source_first_line: r.source.lines[0],
			source_last_line: r.source.lines[1],
			self_score: r.self_score,
			grade: r.grade,
			status: r.status
		})
	);

	const metric = rowOf('metrics');
	const metricRows = catalogue.metrics.map((m) =>
		metric({
			metric_id: m.id,
			category: m.category,
			category_zh: catalogue.categories[m.category]?.zh ?? m.category,
			category_en: catalogue.categories[m.category]?.en ?? m.category,
			name_zh: m.name_zh,
			name_en: m.name_en,
			unit: m.unit,
			better: m.better,
			description: m.description,
			max_value: m.max ?? null,
			basis: m.basis
		})
	);
	const unitOf = new Map(catalogue.metrics.map((m) => [m.id, m.unit]));

	const fact = rowOf('facts');
	const factRows = records.flatMap(({ record: r, factSpans }) =>
		r.facts.map((f, i) =>
			fact({
				fact_id: factId(r.report_id, i),
				report_id: r.report_id,
				region_code: r.region_code,
				year: f.year,
				report_year: r.year,
				metric_id: f.metric,
				value: f.value,
				unit: unitOf.get(f.metric) ?? null,
				qualifier: f.qualifier,
				basis: f.basis,
				scope: factScope(r, f),
				project_name: factScope(r, f) === 'project' ? r.project_name : null,
				figure: f.figure,
				quote: f.quote,
				quote_start: factSpans[i]!.start,
				quote_end: factSpans[i]!.end,
				note: f.note ?? null,
				part: f.part ?? null
			})
		)
	);

	const score = rowOf('scores');
	const scoreRows = records.flatMap(({ record: r, scoreSpans }) =>
		r.scores.map((s, i) =>
			score({
				score_id: scoreId(r.report_id, i),
				report_id: r.report_id,
				region_code: r.region_code,
				year: r.year,
				position: i + 1,
				section: s.section,
				group_name: s.group ?? null,
				indicator: s.indicator,
				max_points: s.max_points,
				points: s.points,
				quote: s.quote,
				quote_start: scoreSpans[i]!.start,
				quote_end: scoreSpans[i]!.end
			})
		)
	);

	const finding = rowOf('findings');
	const findingRows = findings.map((f) =>
		finding({
			report_id: f.report_id,
			region_code: f.region_code,
			year: f.year,
			check_id: f.check_id,
			severity: f.severity,
			message: f.message,
			message_en: f.message_en,
			fact_ids: f.fact_ids.join(' '),
			score_ids: f.score_ids.join(' ')
		})
	);

	return [
		spec('regions', regionRows, 'region_code'),
		spec('reports', reportRows, 'report_id', true),
		spec('metrics', metricRows, 'metric_id'),
		// Sorted by region first so a reader can skip row groups of other regions.
		spec('facts', factRows, 'region_code, metric_id, year, report_id, fact_id', true),
		spec('scores', scoreRows, 'region_code, report_id, position', true),
		spec('findings', findingRows, 'region_code, report_id, check_id, fact_ids, message', true)
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

/**
 * The first row of facts.parquet as written (`orders`: each table's row order, from
 * writeParquet): the figure /status asks the browser's engine to read back.
 */
export function sampleFact(
	tables: readonly TableSpec[],
	orders: ReadonlyMap<string, readonly number[]>
): SampleFact | null {
	const facts = tables.find((t) => t.name === 'facts');
	const first = orders.get('facts')?.[0];
	if (!facts || first === undefined) return null;
	const row = facts.rows[first]!;
	const cell = (c: ColumnOf<'facts'>) => row[columnIndex('facts', c)]!;
	return {
		fact_id: String(cell('fact_id')),
		report_id: String(cell('report_id')),
		metric_id: String(cell('metric_id')),
		year: Number(cell('year')),
		figure: String(cell('figure')),
		value: Number(cell('value'))
	};
}
