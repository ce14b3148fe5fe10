/** Stated figures with what a reader needs beside them: the metric, the report, the region. */
import type { TableName } from '../contract/tables.ts';
import { sql } from '../db/sql.ts';
import type { Basis, Qualifier, Scope } from '../domain/schema.ts';

export interface FactRow {
	fact_id: string;
	report_id: string;
	region_code: string;
	region_name: string;
	year: number;
	report_year: number;
	metric_id: string;
	name_zh: string;
	name_en: string;
	category: string;
	unit: string;
	better: 'higher' | 'lower' | 'none';
	max_value: number | null;
	value: number;
	qualifier: Qualifier;
	basis: Basis;
	scope: Scope;
	project_name: string | null;
	figure: string;
	quote: string;
	report_title: string;
	report_kind: 'overall' | 'project';
	report_project: string | null;
	/** The part of the scope a figure covers (e.g. 信息中心), null for the whole. */
	part?: string | null;
}

/** The tables the fact questions read (compare, matrix, coverage): a page starts with these. */
export const FACT_TABLES = [
	'facts',
	'metrics',
	'reports',
	'regions'
] as const satisfies TableName[];

const FACT_COLUMNS = sql`
	f.fact_id, f.report_id, f.region_code, g.name AS region_name, f.year, f.report_year,
	f.metric_id, m.name_zh, m.name_en, m.category, m.unit, m.better, m.max_value,
	f.value, f.qualifier, f.basis, f.scope, f.project_name, f.figure, f.quote,
	r.title AS report_title, r.kind AS report_kind, r.project_name AS report_project, f.part
	FROM facts f
	JOIN metrics m ON m.metric_id = f.metric_id
	JOIN reports r ON r.report_id = f.report_id
	JOIN regions g ON g.region_code = f.region_code`.sql;

/** The fact questions' row order, a total one (fact_id is unique): shared with the data build. */
export const FACT_ORDER = ['region_code', 'metric_id', 'year', 'report_id', 'fact_id'] as const;
const ORDER = `ORDER BY ${FACT_ORDER.map((c) => `f.${c}`).join(', ')}`;

/** Every fact of the given regions (all regions when the list is omitted). */
export function factsOfRegions(codes?: readonly string[]) {
	return codes
		? sql<FactRow>`SELECT ${{ raw: FACT_COLUMNS }} WHERE f.region_code IN (${codes}) ${{ raw: ORDER }}`
		: sql<FactRow>`SELECT ${{ raw: FACT_COLUMNS }} ${{ raw: ORDER }}`;
}

/*
 * Comparing regions: only facts that describe the whole of their scope. A fact with a
 * `part` (局机关 of a bureau, one kind of data) is a piece of a figure, not a rival value.
 */

/**
 * The whole-scope facts of some regions, every metric and year. The two below narrow it
 * (same columns, same order), so their rows are this query's rows filtered: the data build
 * precomputes their answers per area from it (scripts/lib/answers.ts).
 */
export function wholeFactsOf(codes: readonly string[]) {
	return sql<FactRow>`SELECT ${{ raw: FACT_COLUMNS }}
		WHERE f.region_code IN (${codes}) AND f.part IS NULL ${{ raw: ORDER }}`;
}

/** The whole-scope facts of one metric for some regions, every year (compare page). */
export function wholeFactsOfMetric(metricId: string, codes: readonly string[]) {
	return sql<FactRow>`SELECT ${{ raw: FACT_COLUMNS }}
		WHERE f.metric_id = ${metricId} AND f.region_code IN (${codes}) AND f.part IS NULL
		${{ raw: ORDER }}`;
}

/** The whole-scope facts some regions state about one year, every metric (matrix page). */
export function wholeFactsOfYear(year: number, codes: readonly string[]) {
	return sql<FactRow>`SELECT ${{ raw: FACT_COLUMNS }}
		WHERE f.year = ${year} AND f.region_code IN (${codes}) AND f.part IS NULL ${{ raw: ORDER }}`;
}
