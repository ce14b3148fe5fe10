/**
 * The precomputed answers against the engine's: the project's data/ built by the real
 * `npm run data` into a folder of its own, each page's answer computed once from the
 * precomputed files (read from that folder, as the browser fetches them) and once by the
 * Node runner prerendering uses. Whatever answers, the model (figures, quotes, notes,
 * ranks, counts) must be the same, for every metric and year and for parts of an area.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	metricFactsPath,
	statedPath,
	unpackRows,
	yearFactsPath,
	type PackedRows
} from '../../../src/lib/contract/answers.ts';
import { nodeRunner } from '../../../src/lib/db/node.server.ts';
import type { Query, Runner } from '../../../src/lib/db/sql.ts';
import { answerCompare } from '../../../src/lib/queries/compare.ts';
import { answerCoverage } from '../../../src/lib/queries/coverage.ts';
import { wholeFactsOfYear } from '../../../src/lib/queries/facts.ts';
import { answerMatrix, matrixYears } from '../../../src/lib/queries/matrix.ts';
import {
	allMetrics,
	catalogueOf,
	metricCoverage,
	statingOfYear,
	type MetricInfo
} from '../../../src/lib/queries/metrics.ts';
import {
	answerArea,
	precomputedCompare,
	precomputedCoverage,
	precomputedMatrix,
	statingFromCoverage,
	type LoadRows
} from '../../../src/lib/queries/precomputed.ts';
import { countiesWithReports, type CountyRow } from '../../../src/lib/queries/regions.ts';
import { areaCodes, countiesIn } from '../../../src/lib/state/provinces.ts';
import { build, copyData, made, tempDir } from '../scripts/build-helpers.ts';

let out: string;
/** The Node runner prerendering uses, each distinct query run once (the views share many). */
let run: Runner;
let close: () => Promise<void>;
let catalogue: MetricInfo[];
let counties: CountyRow[];
let years: number[];
/** What the browser's loader does, from the disk; counts reads, to see which files a view needs. */
const reads: string[] = [];
const load: LoadRows = async <Row>(path: string) => {
	reads.push(path);
	return unpackRows<Row>(JSON.parse(readFileSync(join(out, path), 'utf8')) as PackedRows);
};

beforeAll(async () => {
	out = join(tempDir(), 'out');
	const built = await build(copyData(), out, '--quiet');
	expect(built.code, built.stderr).toBe(0);
	const node = nodeRunner(out);
	close = node.close;
	const seen = new Map<string, Promise<unknown[]>>();
	run = <Row>(q: Query<Row>) => {
		const key = JSON.stringify([q.sql, q.params]);
		if (!seen.has(key)) seen.set(key, node.run(q));
		return seen.get(key) as Promise<Row[]>;
	};
	const [metrics, coverage] = await Promise.all([run(allMetrics()), run(metricCoverage())]);
	catalogue = catalogueOf(metrics, coverage);
	counties = await run(countiesWithReports());
	years = matrixYears(catalogue);
}, 60_000);

afterAll(async () => {
	await close();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Every view a reader can choose counties for: all, each area alone, each county alone. */
const countySets = () => [
	counties.map((c) => c.region_code),
	...[...new Set(counties.map(answerArea))].map((a) =>
		counties.filter((c) => answerArea(c) === a).map((c) => c.region_code)
	),
	...counties.map((c) => [c.region_code]),
	[]
];

describe('precomputed answers', () => {
	test('/compare: the same model as the engine for every metric and year, all counties', async () => {
		expect(catalogue.length).toBeGreaterThan(10);
		const all = counties.map((c) => c.region_code);
		for (const metric of catalogue)
			for (const year of years) {
				const view = { metric: metric.metric_id, year, counties: all };
				expect(await precomputedCompare(load, view, metric, counties), view.metric).toEqual(
					await answerCompare(run, view, metric, counties)
				);
			}
	}, 120_000);

	test('/compare: the same model for any set of counties (each area, each county, none)', async () => {
		const metrics = [...catalogue].sort((a, b) => b.regions - a.regions).slice(0, 3);
		for (const metric of metrics)
			for (const set of countySets()) {
				const view = { metric: metric.metric_id, year: metric.years.at(-1)!, counties: set };
				expect(await precomputedCompare(load, view, metric, counties)).toEqual(
					await answerCompare(run, view, metric, counties)
				);
			}
	}, 60_000);

	test('/matrix and /coverage: the same model for every year and area', async () => {
		for (const place of areaCodes(counties))
			for (const year of years) {
				const of = countiesIn(counties, place);
				expect(await precomputedMatrix(load, year, catalogue, of)).toEqual(
					await answerMatrix(run, year, catalogue, of)
				);
				expect(await precomputedCoverage(load, year, catalogue, of)).toEqual(
					await answerCoverage(run, year, catalogue, of)
				);
			}
	}, 60_000);

	test('stating counts from the index equal statingOfYear for every year and set of counties', async () => {
		const coverage = await run(metricCoverage());
		for (const year of [...years, years[0]! - 1])
			for (const set of countySets())
				expect(statingFromCoverage(coverage, year, set)).toEqual(
					await run(statingOfYear(year, set))
				);
	});

	test("a view reads only its areas' files; an area has a file exactly where its index says", async () => {
		const area = answerArea(counties[0]!);
		const mine = counties.filter((c) => answerArea(c) === area);
		const metric = catalogue.find((m) => m.regions > 0)!;
		reads.length = 0;
		await precomputedCompare(
			load,
			{ metric: metric.metric_id, year: metric.years.at(-1)!, counties: [mine[0]!.region_code] },
			metric,
			counties
		);
		expect(reads.every((p) => p.startsWith(`answers/${area}/`))).toBe(true);

		for (const a of new Set(counties.map(answerArea))) {
			const stated = await load<{ metric_id: string; year: number }>(statedPath(a));
			const codes = counties.filter((c) => answerArea(c) === a).map((c) => c.region_code);
			// That the index says "none" only where the query has no rows, the models' equality shows.
			for (const m of catalogue)
				expect(existsSync(join(out, metricFactsPath(a, m.metric_id))), `${a} ${m.metric_id}`).toBe(
					stated.some((r) => r.metric_id === m.metric_id)
				);
			for (const y of years) {
				const rows = await run(wholeFactsOfYear(y, codes));
				expect(existsSync(join(out, yearFactsPath(a, y)))).toBe(rows.length > 0);
				expect(rows.length > 0).toBe(stated.some((r) => r.year === y));
			}
		}
	}, 60_000);
});
