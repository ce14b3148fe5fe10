/**
 * A city's one-page briefing for a year: each county's comparable figures side by side with
 * their ranks, what the reports leave out, the audit's findings, and the figures a supervisor
 * would compute from them (domain/derive.ts), every one traced to its report.
 */
import type { Runner } from '../db/sql.ts';
import type { Severity } from '../domain/audit/types.ts';
import { deriveChanges, deriveRatios, type Derivation } from '../domain/derive.ts';
import { matrixStating, splitComparable } from './comparable.ts';
import { coverageModel, type CoverageModel } from './coverage.ts';
import { factsOfRegions } from './facts.ts';
import { ALL_FINDINGS, answerAudit, countBy, type AuditFinding } from './findings.ts';
import { matrixModel, type MatrixGroup, type MatrixRow } from './matrix.ts';
import { catalogueOf, type MetricRow } from './metrics.ts';
import { reportsOfRegions, type CountyRow, type ReportRow } from './regions.ts';
import { groupStated } from './stated.ts';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** The findings quoted per county: its most serious ones. */
export const WORST_FINDINGS = 2;
/** The ranked charts a briefing draws at most. */
export const BRIEF_CHARTS = 2;

export interface CountyFindings {
	county: CountyRow;
	counts: Record<Severity, number>;
	worst: AuditFinding[];
}

export interface BriefModel {
	year: number;
	counties: CountyRow[];
	/** Metrics two or more counties state, with each county's figure and rank. */
	comparable: MatrixGroup[];
	/** How many metrics only one county states (left to /matrix). */
	singleRows: number;
	coverage: CoverageModel;
	findings: CountyFindings[];
	/** Budget execution and transactions per kiosk, and the change of each comparable metric. */
	derived: Derivation[];
	/** Metrics to chart: ranked by two or more counties (direction-aware), at most BRIEF_CHARTS. */
	charted: MatrixRow[];
	reports: ReportRow[];
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

export function countyFindings(
	counties: readonly CountyRow[],
	findings: readonly AuditFinding[]
): CountyFindings[] {
	return counties.map((county) => {
		const own = findings.filter((f) => f.region_code === county.region_code);
		const counts = Object.fromEntries(countBy(own, (f) => f.severity, SEVERITIES)) as Record<
			Severity,
			number
		>;
		const worst = [...own]
			.sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
			.slice(0, WORST_FINDINGS);
		return { county, counts, worst };
	});
}

export async function answerBrief(
	run: Runner,
	city: string,
	year: number,
	metrics: MetricRow[],
	counties: readonly CountyRow[]
): Promise<BriefModel> {
	const codes = counties.map((c) => c.region_code);
	const [all, findings, reports] = await Promise.all([
		run(factsOfRegions(codes)),
		answerAudit(run, { ...ALL_FINDINGS, place: city, year }),
		run(reportsOfRegions(codes))
	]);
	const whole = all.filter((f) => !f.part);
	// The metrics these counties state, in catalogue order: a briefing reads no other city's
	// facts, so a report elsewhere never changes it.
	const catalogue = catalogueOf(metrics, whole);
	const matrix = matrixModel(whole, year, catalogue, counties);
	const { comparable, singleRows } = splitComparable(matrix.groups, matrixStating);
	const rows = comparable.flatMap((g) => g.rows);
	const ids = new Set(rows.map((r) => r.metric.metric_id));
	const stated = groupStated(whole.filter((f) => f.year === year || f.year === year - 1));
	const derived = [
		...deriveRatios(stated, year),
		...deriveChanges(stated, year).filter(
			(d) => d.status === 'computed' && ids.has(d.terms[0].metric_id)
		)
	];
	const charted = rows
		.filter((r) => r.metric.better !== 'none' && r.cells.filter((c) => c.rank.rank).length >= 2)
		.slice(0, BRIEF_CHARTS);
	return {
		year,
		counties: [...counties],
		comparable,
		singleRows,
		coverage: coverageModel(whole, year, catalogue, counties),
		findings: countyFindings(counties, findings),
		derived,
		charted,
		reports
	};
}
