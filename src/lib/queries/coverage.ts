/**
 * The coverage page's question: for one area and year, which metrics does each county
 * state, and how? What a county leaves out is a finding in itself: a supervisor asks for it.
 * Only whole-scope figures count (a figure about a part, 信息中心, is not the county's).
 */
import type { Runner } from '../db/sql.ts';
import { wholeFactsOfYear, type FactRow } from './facts.ts';
import { groupByCategory, type MetricInfo } from './metrics.ts';
import type { CountyRow } from './regions.ts';

export const COVERAGE_STATUSES = ['stated', 'qualified', 'project', 'missing'] as const;

/**
 * stated: a department figure stated exactly at least once; qualified: only as ≥, ≈ or ≤;
 * project: only a project report's figure (never a department total); missing: not at all.
 */
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export interface CoverageRow {
	metric: MetricInfo;
	/** One status per county of the model, in its order. */
	cells: CoverageStatus[];
	/** How many counties state it in any form. */
	stating: number;
}

export interface CoverageGroup {
	category: string;
	zh: string;
	en: string;
	rows: CoverageRow[];
}

export interface CountyCoverage {
	county: CountyRow;
	counts: Record<CoverageStatus, number>;
	/** Metrics a peer in the area states and this county states in no form, in row order. */
	leftOut: MetricInfo[];
}

export interface CoverageModel {
	year: number;
	counties: CountyRow[];
	groups: CoverageGroup[];
	summary: CountyCoverage[];
}

/** How one county states one metric, from its whole-scope facts of that metric and year. */
export function coverageStatus(
	facts: readonly Pick<FactRow, 'scope' | 'qualifier'>[]
): CoverageStatus {
	const department = facts.filter((f) => f.scope === 'department');
	if (department.some((f) => f.qualifier === 'eq')) return 'stated';
	if (department.length) return 'qualified';
	return facts.length ? 'project' : 'missing';
}

/** Metric id → the counties stating it in any form (whole scope) in these facts. */
export function statingCounties(
	facts: readonly Pick<FactRow, 'metric_id' | 'region_code' | 'part'>[]
): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const f of facts) {
		if (f.part) continue;
		if (!out.has(f.metric_id)) out.set(f.metric_id, new Set());
		out.get(f.metric_id)!.add(f.region_code);
	}
	return out;
}

export function coverageModel(
	facts: readonly FactRow[],
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): CoverageModel {
	const codes = new Set(counties.map((c) => c.region_code));
	const mine = facts.filter((f) => f.year === year && !f.part && codes.has(f.region_code));
	const cellFacts = new Map<string, FactRow[]>();
	for (const f of mine) {
		const k = `${f.metric_id}|${f.region_code}`;
		cellFacts.set(k, [...(cellFacts.get(k) ?? []), f]);
	}
	const stating = statingCounties(mine);
	const groups = groupByCategory(catalogue.filter((m) => stating.has(m.metric_id))).map((g) => ({
		category: g.category,
		zh: g.zh,
		en: g.en,
		rows: g.metrics.map((metric) => ({
			metric,
			cells: counties.map((c) =>
				coverageStatus(cellFacts.get(`${metric.metric_id}|${c.region_code}`) ?? [])
			),
			stating: stating.get(metric.metric_id)!.size
		}))
	}));
	const rows = groups.flatMap((g) => g.rows);
	const summary = counties.map((county, i) => {
		const counts = { stated: 0, qualified: 0, project: 0, missing: 0 };
		for (const r of rows) counts[r.cells[i]!]++;
		return {
			county,
			counts,
			leftOut: rows.filter((r) => r.cells[i] === 'missing').map((r) => r.metric)
		};
	});
	return { year, counties: [...counties], groups, summary };
}

/** The coverage page's answer for a year and the counties of an area, at prerender and live. */
export async function answerCoverage(
	run: Runner,
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): Promise<CoverageModel> {
	const codes = counties.map((c) => c.region_code);
	return coverageModel(await run(wholeFactsOfYear(year, codes)), year, catalogue, counties);
}
