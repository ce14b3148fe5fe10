/**
 * The compare page's question: how do the chosen counties stand on one metric in one
 * year, and how did it move over the years. Department figures and project figures are
 * never one series: a project figure is its own entry, named by its project, and is not
 * ranked against counties (a project budget is not a department budget). Only figures on
 * the metric's basis are ranked; a county's figure on another basis is shown beside them.
 */
import type { Runner } from '../db/sql.ts';
import { wholeFactsOfMetric, type FactRow } from './facts.ts';
import { statingOfYear, type MetricInfo, type StatingRow } from './metrics.ts';
import { byRank, pickStated, rankAll, type Rank } from './rank.ts';
import type { CountyRow } from './regions.ts';
import { agreeAtStatedPrecision, groupStated, type Agree, type Stated } from './stated.ts';

/** What the reader chose; the URL holds it (state/compare.ts). A type, so it is a ViewState. */
export type CompareView = {
	metric: string;
	year: number;
	counties: string[];
};

/** A county (its department), or one of its projects. */
export interface Entity {
	id: string;
	region_code: string;
	region_name: string;
	project: string | null;
}

export interface RankingRow {
	entity: Entity;
	/** Sort key among equals. */
	name: string;
	stated: Stated | null;
	/** The same county's figures on another basis for the same year, listed beside it. */
	others: Stated[];
	rank: Rank;
}

export interface YearsRow {
	entity: Entity;
	/** One cell per year of `years`. */
	cells: (Stated | null)[];
}

export interface CompareModel {
	view: CompareView;
	metric: MetricInfo;
	/** Departments of the chosen counties in rank order, then project entries. */
	ranking: RankingRow[];
	years: number[];
	/** Departments of the chosen counties, then each project with a figure. */
	byYear: YearsRow[];
	/** Metric id → how many chosen counties state it in the view's year (absent: none). */
	stating: Record<string, number>;
}

const PROJECT_RANK: Rank = { status: 'unranked', rank: null, of: 0, tie: false, band: null };

const department = (c: CountyRow): Entity => ({
	id: c.region_code,
	region_code: c.region_code,
	region_name: c.name,
	project: null
});

const projectEntity = (c: CountyRow, project: string): Entity => ({
	id: `${c.region_code}|${project}`,
	region_code: c.region_code,
	region_name: c.name,
	project
});

/** The figures of one year, department scope, one per county (the metric's basis first). */
function departmentsOfYear(
	stated: readonly Stated[],
	year: number,
	counties: readonly CountyRow[],
	metric: MetricInfo
) {
	const ofYear = stated.filter((s) => s.year === year && s.scope === 'department');
	return new Map(
		counties.map((c) => [
			c.region_code,
			pickStated(
				ofYear.filter((s) => s.region_code === c.region_code),
				metric.basis
			)
		])
	);
}

function projectsOf(stated: readonly Stated[], counties: readonly CountyRow[]) {
	const seen = new Map<string, Entity>();
	for (const c of counties)
		for (const s of stated)
			if (s.region_code === c.region_code && s.scope === 'project' && s.project_name) {
				const e = projectEntity(c, s.project_name);
				if (!seen.has(e.id)) seen.set(e.id, e);
			}
	return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The projects' figures of a year, one per project (the metric's basis first). */
function projectFigure(stated: readonly Stated[], e: Entity, year: number, metric: MetricInfo) {
	const list = stated.filter(
		(s) =>
			s.year === year &&
			s.scope === 'project' &&
			s.region_code === e.region_code &&
			s.project_name === e.project
	);
	return pickStated(list, metric.basis);
}

export function compareModel(
	facts: readonly FactRow[],
	view: CompareView,
	metric: MetricInfo,
	allCounties: readonly CountyRow[],
	stating: Record<string, number> = {},
	agree: Agree = agreeAtStatedPrecision
): CompareModel {
	const counties = allCounties.filter((c) => view.counties.includes(c.region_code));
	const chosen = new Set(counties.map((c) => c.region_code));
	const stated = groupStated(
		facts.filter((f) => f.metric_id === metric.metric_id && chosen.has(f.region_code)),
		agree
	);

	const perCounty = departmentsOfYear(stated, view.year, counties, metric);
	const ranks = rankAll(
		counties.map((c) => ({ key: c.region_code, stated: perCounty.get(c.region_code)!.shown })),
		metric.better,
		metric.basis
	);
	const departments: RankingRow[] = counties
		.map((c) => {
			const { shown, others } = perCounty.get(c.region_code)!;
			return {
				entity: department(c),
				name: c.name,
				stated: shown,
				others,
				rank: ranks.get(c.region_code)!
			};
		})
		.sort(byRank);

	const projects = projectsOf(stated, counties);
	const projectRows: RankingRow[] = projects
		.map((e) => {
			const { shown, others } = projectFigure(stated, e, view.year, metric);
			return { entity: e, name: e.id, stated: shown, others, rank: PROJECT_RANK };
		})
		.filter((r) => r.stated !== null)
		.sort((a, b) => (b.stated!.values[0]!.value ?? 0) - (a.stated!.values[0]!.value ?? 0));

	const years = [...new Set(stated.map((s) => s.year))].sort((a, b) => a - b);
	const byYearDepartments = years.map((y) => departmentsOfYear(stated, y, counties, metric));
	const byYear: YearsRow[] = [
		...counties.map((c) => ({
			entity: department(c),
			cells: byYearDepartments.map((m) => m.get(c.region_code)!.shown)
		})),
		...projects.map((e) => ({
			entity: e,
			cells: years.map((y) => projectFigure(stated, e, y, metric).shown)
		}))
	];

	return { view, metric, ranking: [...departments, ...projectRows], years, byYear, stating };
}

/** What the compare page's answer is shaped from: the rows of its two queries. */
export interface CompareRows {
	/** wholeFactsOfMetric over the view's counties (rows of other counties are ignored). */
	facts: readonly FactRow[];
	/** statingOfYear of the view's year and counties. */
	stating: readonly StatingRow[];
}

/** The shaping both answers share: the engine's (answerCompare) and the precomputed one. */
export const compareFromRows = (
	rows: CompareRows,
	view: CompareView,
	metric: MetricInfo,
	counties: readonly CountyRow[]
): CompareModel =>
	compareModel(
		rows.facts,
		view,
		metric,
		counties,
		Object.fromEntries(rows.stating.map((s) => [s.metric_id, s.counties]))
	);

/**
 * The compare page's answer to a view, the same at prerender (Node) and in the browser
 * (DuckDB-WASM over the chosen counties' provinces): only whole-scope figures.
 */
export async function answerCompare(
	run: Runner,
	view: CompareView,
	metric: MetricInfo,
	counties: readonly CountyRow[]
): Promise<CompareModel> {
	const [facts, stating] = await Promise.all([
		run(wholeFactsOfMetric(view.metric, view.counties)),
		run(statingOfYear(view.year, view.counties))
	]);
	return compareFromRows({ facts, stating }, view, metric, counties);
}
