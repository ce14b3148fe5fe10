/**
 * What the public page and the county profile show for one county, shaped from its facts:
 * the latest year at a glance, project reports kept apart, and the trends over the years.
 */
import { BASES, type Basis } from '../domain/bases.ts';
import type { FactRow } from './facts.ts';
import type { CountyRow, ReportRow } from './regions.ts';
import { agreeAtStatedPrecision, groupStated, type Agree, type Stated } from './stated.ts';

/** The figures a reader looks for first, in this order. */
export const GLANCE_METRICS = [
	'budget_initial',
	'budget_adjusted',
	'expenditure_final',
	'budget_execution_rate',
	'self_score',
	'external_score',
	'yzz_kiosks',
	'yzz_transactions',
	'yzz_people_served',
	'yss_users',
	'yst_entities',
	'yzy_accounts',
	'full_online_rate',
	'one_window_rate',
	'service_items'
] as const;

/** Metrics that describe a project's money, shown per project and never summed. */
export const PROJECT_METRICS = [
	'budget_initial',
	'budget_adjusted',
	'expenditure_final',
	'carryover',
	'self_score'
];

/** A trend's title is words (charts/county-trend.ts trendTitle), so it is not here. */
export interface TrendSpec {
	id: string;
	/**
	 * The trend's series, each a key of the rows' cells: a metric id, or `metric|basis` when
	 * the metric's figures are on more than one basis (each basis its own series, never one).
	 */
	metrics: string[];
	kind: 'bar' | 'line';
	/** The basis to name in the title, when the same metric is drawn on several bases. */
	basis?: Basis;
}

/** The series key of a metric's figures on one basis, when it has figures on several. */
export const seriesKey = (metric: string, basis: Basis) => `${metric}|${basis}`;

export const TRENDS: TrendSpec[] = [
	{
		id: 'budget',
		metrics: ['budget_initial', 'budget_adjusted', 'expenditure_final'],
		kind: 'bar'
	},
	{
		id: 'scores',
		metrics: ['self_score', 'external_score'],
		kind: 'bar'
	},
	{
		id: 'yzz_transactions',
		metrics: ['yzz_transactions'],
		kind: 'bar'
	},
	{
		id: 'yzz_people_served',
		metrics: ['yzz_people_served'],
		kind: 'bar'
	},
	{
		id: 'yss_users',
		metrics: ['yss_users'],
		kind: 'bar'
	}
];

export interface TrendRow {
	/** A year, or a project name when the trend compares a county's projects. */
	category: number | string;
	cells: Record<string, Stated | null>;
}

export interface Trend {
	spec: TrendSpec;
	/** Years, or project names (never summed: each project is its own bar). */
	categories: (number | string)[];
	rows: TrendRow[];
	/** Bases found among the figures; more than one means the chart mixes them. */
	bases: string[];
	units: string[];
}

const PROJECT_TREND: TrendSpec = {
	id: 'projects',
	metrics: ['budget_initial', 'budget_adjusted', 'expenditure_final'],
	kind: 'bar'
};

function projectBudgets(projects: ProjectBlock[]): Trend | null {
	const rows = projects
		.map((p) => ({
			category: `${p.report.project_name}（${p.report.year}）`,
			cells: Object.fromEntries(
				PROJECT_TREND.metrics.map((m) => [
					m,
					p.stated.find((s) => s.metric_id === m && s.basis === 'annual') ?? null
				])
			)
		}))
		.filter((r) => Object.values(r.cells).some((c) => c !== null));
	if (!rows.length) return null;
	const stated = rows.flatMap((r) => Object.values(r.cells).filter((c): c is Stated => c !== null));
	return {
		spec: PROJECT_TREND,
		categories: rows.map((r) => r.category),
		rows,
		bases: [...new Set(stated.map((s) => s.basis))].sort(),
		units: [...new Set(stated.map((s) => s.unit))]
	};
}

export interface ProjectBlock {
	report: ReportRow;
	stated: Stated[];
}

export interface CountyModel {
	county: CountyRow;
	reports: ReportRow[];
	latestYear: number;
	glance: Stated[];
	projects: ProjectBlock[];
	trends: Trend[];
}

function byMetricOrder(order: readonly string[]) {
	return (a: Stated, b: Stated) =>
		order.indexOf(a.metric_id) - order.indexOf(b.metric_id) || a.basis.localeCompare(b.basis);
}

export function countyModel(
	county: CountyRow,
	reports: ReportRow[],
	facts: FactRow[],
	agree: Agree = agreeAtStatedPrecision
): CountyModel {
	const own = facts.filter((f) => f.region_code === county.region_code);
	const department = groupStated(
		// Figures about a part (局机关, 信息中心) stay out of the county's headline figures.
		own.filter((f) => f.scope === 'department' && !f.part),
		agree
	);
	const glanceIds: readonly string[] = GLANCE_METRICS;
	const withGlance = department.filter((s) => glanceIds.includes(s.metric_id));
	const latestYear = Math.max(
		county.last_year,
		...withGlance.map((s) => s.year).filter((y) => y <= county.last_year)
	);
	const glance = withGlance
		.filter((s) => s.year === latestYear)
		.sort(byMetricOrder(GLANCE_METRICS));

	const projects = reports
		.filter((r) => r.kind === 'project')
		.map((report) => ({
			report,
			stated: groupStated(
				own.filter(
					(f) =>
						f.report_id === report.report_id &&
						f.scope === 'project' &&
						PROJECT_METRICS.includes(f.metric_id)
				),
				agree
			).sort(byMetricOrder(PROJECT_METRICS))
		}));

	const trends = TRENDS.map((spec) => {
		const stated = department.filter((s) => spec.metrics.includes(s.metric_id));
		const years = [...new Set(stated.map((s) => s.year))].sort((a, b) => a - b);
		// 60万笔 for 2022 and 93万笔 to date in 2023 are two series: one would draw a change.
		const series = spec.metrics.flatMap(
			(m): { key: string; metric: string; basis: Basis | null }[] => {
				const bases = BASES.filter((b) => stated.some((s) => s.metric_id === m && s.basis === b));
				return bases.length > 1
					? bases.map((basis) => ({ key: seriesKey(m, basis), metric: m, basis }))
					: [{ key: m, metric: m, basis: null }];
			}
		);
		const rows = years.map((year) => ({
			category: year,
			cells: Object.fromEntries(
				series.map(({ key, metric, basis }) => [
					key,
					stated.find(
						(s) => s.year === year && s.metric_id === metric && (!basis || s.basis === basis)
					) ?? null
				])
			)
		}));
		return {
			spec: { ...spec, metrics: series.map((s) => s.key) },
			categories: years,
			rows,
			bases: [...new Set(stated.map((s) => s.basis))].sort(),
			units: [...new Set(stated.map((s) => s.unit))]
		};
	}).filter((t) => t.categories.length > 0);

	const projectTrend = projectBudgets(projects);
	return {
		county,
		reports,
		latestYear,
		glance,
		projects,
		trends: projectTrend ? [...trends, projectTrend] : trends
	};
}
