/**
 * The matrix page's question: for one year, where does each county stand on every metric
 * it reports? One row per metric (grouped by category), one column per county; each cell
 * holds the county's department figure and its rank on that metric, ranked only against
 * figures on the metric's basis. Project figures are counted in the cell but never ranked
 * against counties.
 */
import type { Basis } from '../domain/schema.ts';
import type { Runner } from '../db/sql.ts';
import { wholeFactsOfYear, type FactRow } from './facts.ts';
import { groupByCategory, type MetricInfo } from './metrics.ts';
import { pickStated, rankAll, type Rank } from './rank.ts';
import type { CountyRow } from './regions.ts';
import { agreeAtStatedPrecision, groupStated, type Agree, type Stated } from './stated.ts';

export interface MatrixCell {
	region_code: string;
	/** The county's department figure (the metric's basis if stated), or null: 未报告. */
	stated: Stated | null;
	/** Its figures on other bases for the same year. */
	others: Stated[];
	rank: Rank;
	/** Project figures of this county for the metric (shown as a count, not ranked). */
	projects: Stated[];
}

export interface MatrixRow {
	metric: MetricInfo;
	/** One cell per county of the model, in its order. */
	cells: MatrixCell[];
	/** Bases of the department figures in the row; more than one: the row mixes them. */
	bases: Basis[];
}

export interface MatrixGroup {
	category: string;
	zh: string;
	en: string;
	rows: MatrixRow[];
}

export interface MatrixModel {
	year: number;
	counties: CountyRow[];
	groups: MatrixGroup[];
}

/** Years that have any whole-scope figure, ascending (the matrix's year choices). */
export function matrixYears(catalogue: readonly MetricInfo[]): number[] {
	return [...new Set(catalogue.flatMap((m) => m.years))].sort((a, b) => a - b);
}

export function matrixModel(
	facts: readonly FactRow[],
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[],
	agree: Agree = agreeAtStatedPrecision
): MatrixModel {
	const stated = groupStated(
		facts.filter((f) => f.year === year),
		agree
	);
	const byMetric = new Map<string, Stated[]>();
	for (const s of stated) {
		const list = byMetric.get(s.metric_id);
		if (list) list.push(s);
		else byMetric.set(s.metric_id, [s]);
	}
	const metrics = catalogue.filter((m) => byMetric.has(m.metric_id));
	const rowOf = (metric: MetricInfo): MatrixRow => {
		const all = byMetric.get(metric.metric_id)!;
		const departments = all.filter((s) => s.scope === 'department');
		const picked = counties.map((c) =>
			pickStated(
				departments.filter((s) => s.region_code === c.region_code),
				metric.basis
			)
		);
		const ranks = rankAll(
			counties.map((c, i) => ({ key: c.region_code, stated: picked[i]!.shown })),
			metric.better,
			metric.basis
		);
		const cells = counties.map((c, i) => ({
			region_code: c.region_code,
			stated: picked[i]!.shown,
			others: picked[i]!.others,
			rank: ranks.get(c.region_code)!,
			projects: all.filter((s) => s.scope === 'project' && s.region_code === c.region_code)
		}));
		const bases = [
			...new Set(cells.map((c) => c.stated?.basis).filter((b): b is Basis => Boolean(b)))
		].sort();
		return { metric, cells, bases };
	};
	return {
		year,
		counties: [...counties],
		groups: groupByCategory(metrics).map((g) => ({
			category: g.category,
			zh: g.zh,
			en: g.en,
			rows: g.metrics.map(rowOf)
		}))
	};
}

/** The matrix page's answer for a year and the counties of a place, at prerender and in the browser. */
export async function answerMatrix(
	run: Runner,
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): Promise<MatrixModel> {
	const codes = counties.map((c) => c.region_code);
	return matrixModel(await run(wholeFactsOfYear(year, codes)), year, catalogue, counties);
}
