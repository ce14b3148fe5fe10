/**
 * The dashboards' common changes answered from precomputed rows (contract/answers.ts):
 * the rows the data build got from the pages' own queries, area by area, shaped here by
 * the same functions that shape the engine's rows. So another metric, year or set of
 * counties is drawn before DuckDB-WASM is ready, with the same figures, quotes and notes.
 */
import { metricFactsPath, yearFactsPath, statedPath } from '../contract/answers.ts';
import { compareFromRows, type CompareModel, type CompareView } from './compare.ts';
import type { FactRow } from './facts.ts';
import { coverageModel, type CoverageModel } from './coverage.ts';
import { matrixModel, type MatrixModel } from './matrix.ts';
import type { MetricCoverageRow, MetricInfo, StatingRow } from './metrics.ts';
import { cityOf, type CountyRow } from './regions.ts';

/** Reads one precomputed file's rows (the browser fetches it, the tests read the disk). */
export type LoadRows = <Row>(path: string) => Promise<Row[]>;

/** The area whose files hold a county's rows (contract/answers.ts). */
export const answerArea = cityOf;

/** statingOfYear's rows from metricCoverage's: how many of `codes` state each metric in `year`. */
export function statingFromCoverage(
	coverage: readonly MetricCoverageRow[],
	year: number,
	codes: readonly string[]
): StatingRow[] {
	const wanted = new Set(codes);
	const stating = new Map<string, Set<string>>();
	for (const c of coverage) {
		if (c.year !== year || !wanted.has(c.region_code)) continue;
		const set = stating.get(c.metric_id) ?? new Set<string>();
		stating.set(c.metric_id, set.add(c.region_code));
	}
	return [...stating]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([metric_id, set]) => ({ metric_id, counties: set.size }));
}

const byCounty = (a: FactRow, b: FactRow) =>
	a.region_code < b.region_code ? -1 : a.region_code > b.region_code ? 1 : 0;

/**
 * The rows of the counties `codes` from their areas' files: each file is in its query's
 * order (county first) and areas hold different counties, so a stable sort by county gives
 * the order one query over all of them returns. An area whose index (`stated`) lacks what
 * `wanted` asks for has no file and no rows.
 */
async function factsOf(
	load: LoadRows,
	counties: readonly CountyRow[],
	wanted: (row: MetricCoverageRow) => boolean,
	path: (area: string) => string
): Promise<{ facts: FactRow[]; stated: MetricCoverageRow[] }> {
	const codes = new Set(counties.map((c) => c.region_code));
	const areas = [...new Set(counties.map(answerArea))];
	const parts = await Promise.all(
		areas.map(async (area) => {
			const stated = await load<MetricCoverageRow>(statedPath(area));
			const facts = stated.some(wanted) ? await load<FactRow>(path(area)) : [];
			return { stated, facts };
		})
	);
	return {
		facts: parts
			.flatMap((p) => p.facts)
			.filter((f) => codes.has(f.region_code))
			.sort(byCounty),
		stated: parts.flatMap((p) => p.stated)
	};
}

/** answerCompare's model for a view, from precomputed rows. */
export async function precomputedCompare(
	load: LoadRows,
	view: CompareView,
	metric: MetricInfo,
	counties: readonly CountyRow[]
): Promise<CompareModel> {
	const chosen = counties.filter((c) => view.counties.includes(c.region_code));
	const { facts, stated } = await factsOf(
		load,
		chosen,
		(r) => r.metric_id === view.metric,
		(area) => metricFactsPath(area, view.metric)
	);
	const stating = statingFromCoverage(stated, view.year, view.counties);
	return compareFromRows({ facts, stating }, view, metric, counties);
}

/** The rows of wholeFactsOfYear(year, the counties' codes). */
const yearFacts = async (load: LoadRows, year: number, counties: readonly CountyRow[]) =>
	(
		await factsOf(
			load,
			counties,
			(r) => r.year === year,
			(area) => yearFactsPath(area, year)
		)
	).facts;

/** answerMatrix's model for a year and the counties of a place, from precomputed rows. */
export const precomputedMatrix = async (
	load: LoadRows,
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): Promise<MatrixModel> =>
	matrixModel(await yearFacts(load, year, counties), year, catalogue, counties);

/** answerCoverage's model for a year and the counties of a place, from precomputed rows. */
export const precomputedCoverage = async (
	load: LoadRows,
	year: number,
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): Promise<CoverageModel> =>
	coverageModel(await yearFacts(load, year, counties), year, catalogue, counties);
