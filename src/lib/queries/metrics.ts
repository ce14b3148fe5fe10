/**
 * The metric catalogue as the comparison pages offer it: every metric with the years and
 * regions that state it (whole-scope figures only), grouped by category.
 */
import { sql } from '../db/sql.ts';
import type { Basis } from '../domain/schema.ts';

export type Better = 'higher' | 'lower' | 'none';

export interface MetricRow {
	metric_id: string;
	category: string;
	category_zh: string;
	category_en: string;
	name_zh: string;
	name_en: string;
	unit: string;
	better: Better;
	/** The basis its figures are ranked on; figures on another basis are shown apart. */
	basis: Basis;
	description: string;
}

export const allMetrics = () => sql<MetricRow>`
	SELECT metric_id, category, category_zh, category_en, name_zh, name_en, unit, better, basis,
		description
	FROM metrics ORDER BY metric_id`;

export interface MetricCoverageRow {
	metric_id: string;
	year: number;
	region_code: string;
}

/** metricCoverage's row order, a total one: shared with the data build. */
export const COVERAGE_ORDER = ['metric_id', 'year', 'region_code'] as const;
/** Which region states which metric for which year (a fact with a `part` does not count). */
export const metricCoverage = () => sql<MetricCoverageRow>`
	SELECT DISTINCT metric_id, year, region_code FROM facts WHERE part IS NULL
	ORDER BY ${{ raw: COVERAGE_ORDER.join(', ') }}`;

export interface StatingRow {
	metric_id: string;
	counties: number;
}

/**
 * How many of these regions state each metric in one year (any whole-scope figure, their
 * own or a project's): the comparison pages list first what at least two of them state.
 */
export const statingOfYear = (year: number, codes: readonly string[]) => sql<StatingRow>`
	SELECT metric_id, count(DISTINCT region_code)::INTEGER AS counties FROM facts
	WHERE year = ${year} AND region_code IN (${codes}) AND part IS NULL
	GROUP BY metric_id ORDER BY metric_id`;

export interface MetricInfo extends MetricRow {
	/** Years with at least one figure, ascending. */
	years: number[];
	/** Regions with at least one figure in any year. */
	regions: number;
}

export interface MetricGroup {
	category: string;
	zh: string;
	en: string;
	metrics: MetricInfo[];
}

/** The order a reader meets the categories in: money first, then scores, then services. */
export const CATEGORY_ORDER = [
	'budget',
	'score',
	'performance',
	'service',
	'platform',
	'kiosk',
	'data',
	'infrastructure',
	'web',
	'staffing'
];

/** Metrics that have at least one figure, with their years and regions. */
export function catalogueOf(metrics: MetricRow[], coverage: MetricCoverageRow[]): MetricInfo[] {
	const years = new Map<string, Set<number>>();
	const regions = new Map<string, Set<string>>();
	for (const c of coverage) {
		if (!years.has(c.metric_id)) years.set(c.metric_id, new Set());
		if (!regions.has(c.metric_id)) regions.set(c.metric_id, new Set());
		years.get(c.metric_id)!.add(c.year);
		regions.get(c.metric_id)!.add(c.region_code);
	}
	return metrics
		.filter((m) => years.has(m.metric_id))
		.map((m) => ({
			...m,
			years: [...years.get(m.metric_id)!].sort((a, b) => a - b),
			regions: regions.get(m.metric_id)!.size
		}));
}

const rankOf = (category: string) => {
	const i = CATEGORY_ORDER.indexOf(category);
	return i < 0 ? CATEGORY_ORDER.length : i;
};

/**
 * Metrics grouped by category (catalogue order), each group's metrics by id: related
 * metrics sit together (budget_*, review_*), and the order needs no locale collation.
 */
export function groupByCategory(metrics: readonly MetricInfo[]): MetricGroup[] {
	const groups = new Map<string, MetricGroup>();
	for (const m of metrics) {
		let g = groups.get(m.category);
		if (!g) {
			g = { category: m.category, zh: m.category_zh, en: m.category_en, metrics: [] };
			groups.set(m.category, g);
		}
		g.metrics.push(m);
	}
	const list = [...groups.values()].sort(
		(a, b) => rankOf(a.category) - rankOf(b.category) || a.category.localeCompare(b.category)
	);
	for (const g of list) g.metrics.sort((a, b) => (a.metric_id < b.metric_id ? -1 : 1));
	return list;
}

/** Case-insensitive match on the Chinese or English name, or the id. */
export function matchesMetric(m: MetricRow, search: string): boolean {
	const q = search.trim().toLowerCase();
	if (!q) return true;
	return [m.name_zh, m.name_en, m.metric_id].some((s) => s.toLowerCase().includes(q));
}
