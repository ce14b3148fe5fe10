/**
 * Every query in queries/ run for real: the project's data/ built by `npm run data` into
 * a folder of its own, read by DuckDB through the Node runner prerendering uses. The
 * assertions compare queries with each other and with the tables, not with copied
 * numbers, so they hold for any data: parts are left out of comparisons, a filter only
 * ever narrows, and an empty filter means all.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeRunner } from '../../../src/lib/db/node.server.ts';
import { sql, type Query, type Runner } from '../../../src/lib/db/sql.ts';
import { answerCompare } from '../../../src/lib/queries/compare.ts';
import {
	factsOfRegions,
	wholeFactsOfMetric,
	wholeFactsOfYear
} from '../../../src/lib/queries/facts.ts';
import {
	ALL_FINDINGS,
	answerAudit,
	findingQuotesOf,
	findingsOf
} from '../../../src/lib/queries/findings.ts';
import { answerCoverage } from '../../../src/lib/queries/coverage.ts';
import { answerMatrix } from '../../../src/lib/queries/matrix.ts';
import {
	allMetrics,
	catalogueOf,
	metricCoverage,
	statingOfYear
} from '../../../src/lib/queries/metrics.ts';
import {
	allReports,
	countiesWithReports,
	quoteSpansOfReport,
	reportById,
	reportsOfRegion,
	reportsOfRegions
} from '../../../src/lib/queries/regions.ts';
import {
	answerIndicators,
	scoredYearsOf,
	scoresOfRegionYear
} from '../../../src/lib/queries/scores.ts';
import { build, copyData, made, tempDir } from '../scripts/build-helpers.ts';

let run: Runner;
let close: () => Promise<void>;
let out: string;
/** Whole tables, as the build wrote them. */
const table = <Row = Record<string, unknown>>(name: string) =>
	run(sql<Row>`SELECT * FROM ${{ raw: name }}`);

beforeAll(async () => {
	out = join(tempDir(), 'out');
	const built = await build(copyData(), out, '--quiet');
	expect(built.code, built.stderr).toBe(0);
	({ run, close } = nodeRunner(out));
});

afterAll(async () => {
	await close();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

type Fact = {
	fact_id: string;
	region_code: string;
	metric_id: string;
	year: number;
	part: string | null;
};

describe('facts', () => {
	test('of regions: exactly the facts of those regions, every one when none are named', async () => {
		const all = await table<Fact>('facts');
		const codes = [...new Set(all.map((f) => f.region_code))];
		expect(codes.length).toBeGreaterThan(1);
		expect((await run(factsOfRegions())).length).toBe(all.length);
		const one = await run(factsOfRegions([codes[0]!]));
		expect(one.map((f) => f.fact_id).sort()).toEqual(
			all
				.filter((f) => f.region_code === codes[0])
				.map((f) => f.fact_id)
				.sort()
		);
		expect(await run(factsOfRegions([]))).toEqual([]);
	});

	test('for comparing: a part (局机关 of a bureau) is never among them', async () => {
		const all = await table<Fact>('facts');
		const withPart = all.filter((f) => f.part !== null);
		expect(withPart.length, 'the data has facts about a part').toBeGreaterThan(0);
		const { metric_id, region_code, year } = withPart[0]!;
		const codes = [...new Set(all.map((f) => f.region_code))];

		const ofMetric = await run(wholeFactsOfMetric(metric_id, codes));
		expect(ofMetric.every((f) => f.part === null && f.metric_id === metric_id)).toBe(true);
		expect(ofMetric.map((f) => f.fact_id).sort()).toEqual(
			all
				.filter((f) => f.metric_id === metric_id && f.part === null)
				.map((f) => f.fact_id)
				.sort()
		);
		const ofYear = await run(wholeFactsOfYear(year, [region_code]));
		expect(ofYear.length).toBeGreaterThan(0);
		expect(ofYear.map((f) => f.fact_id).sort()).toEqual(
			all
				.filter((f) => f.year === year && f.region_code === region_code && f.part === null)
				.map((f) => f.fact_id)
				.sort()
		);
		// Regions not asked for are never in the answer.
		expect(await run(wholeFactsOfYear(year, []))).toEqual([]);
	});
});

describe('findings', () => {
	type Finding = { region_code: string; year: number; check_id: string; severity: string };

	test('the empty filter means every finding; each filter only narrows, to what it names', async () => {
		const all = await table<Finding>('findings');
		const every = await run(findingsOf(ALL_FINDINGS));
		expect(every.length).toBe(all.length);
		expect(all.length).toBeGreaterThan(1);
		const sample = all[0]!;
		const counties = await run(countiesWithReports());
		const county = counties.find((c) => c.region_code === sample.region_code)!;
		for (const [filter, keep] of [
			[{ county: sample.region_code }, (f: Finding) => f.region_code === sample.region_code],
			[{ year: sample.year }, (f: Finding) => f.year === sample.year],
			[{ check: sample.check_id }, (f: Finding) => f.check_id === sample.check_id],
			[{ severity: sample.severity }, (f: Finding) => f.severity === sample.severity],
			[
				{ place: county.province_code },
				(f: Finding) =>
					counties.find((c) => c.region_code === f.region_code)?.province_code ===
					county.province_code
			],
			[
				{ place: county.parent_code! },
				(f: Finding) =>
					counties.find((c) => c.region_code === f.region_code)?.parent_code === county.parent_code
			]
		] as const) {
			const rows = await run(findingsOf({ ...ALL_FINDINGS, ...filter }));
			expect(rows.length, JSON.stringify(filter)).toBe(all.filter(keep).length);
			expect(rows.every(keep), JSON.stringify(filter)).toBe(true);
		}
		expect(await run(findingsOf({ ...ALL_FINDINGS, county: '990000' }))).toEqual([]);
	});

	test('quotes: every fact and indicator a finding names, and only those', async () => {
		const findings = await run(findingsOf(ALL_FINDINGS));
		const quotes = await run(findingQuotesOf(ALL_FINDINGS));
		const named = new Set(
			findings.flatMap((f) => `${f.fact_ids} ${f.score_ids}`.split(' ').filter(Boolean))
		);
		expect(new Set(quotes.map((q) => q.id))).toEqual(named);
		const answered = await answerAudit(run, ALL_FINDINGS);
		expect(answered.flatMap((f) => f.quotes).length).toBeGreaterThanOrEqual(named.size);
	});
});

describe('regions, reports and scores', () => {
	test('counties with reports, and reports by region', async () => {
		const reports = await table<{ report_id: string; region_code: string }>('reports');
		const counties = await run(countiesWithReports());
		expect(counties.reduce((n, c) => n + c.reports, 0)).toBe(reports.length);
		expect((await run(allReports())).length).toBe(reports.length);
		for (const c of counties) {
			const own = reports.filter((r) => r.region_code === c.region_code).length;
			expect((await run(reportsOfRegion(c.region_code))).length).toBe(own);
			expect(c.province_code).not.toBe('');
		}
		const two = counties.slice(0, 2).map((c) => c.region_code);
		expect((await run(reportsOfRegions(two))).length).toBe(
			reports.filter((r) => two.includes(r.region_code)).length
		);
	});

	test('quote spans: one per fact and indicator of the report, in reading order', async () => {
		const [report] = await table<{ report_id: string }>('reports');
		const spans = await run(quoteSpansOfReport(report!.report_id));
		const facts = (await table<{ report_id: string }>('facts')).filter(
			(f) => f.report_id === report!.report_id
		);
		const scores = (await table<{ report_id: string }>('scores')).filter(
			(s) => s.report_id === report!.report_id
		);
		expect(spans.length).toBe(facts.length + scores.length);
		const starts = spans.map((s) => s.quote_start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	test('scores by region and year, and the indicator breakdown built from them', async () => {
		const scores = await table<{ region_code: string; year: number }>('scores');
		const { region_code } = scores[0]!;
		const years = (await run(scoredYearsOf(region_code))).map((y) => y.year);
		expect(years).toEqual(
			[...new Set(scores.filter((s) => s.region_code === region_code).map((s) => s.year))].sort()
		);
		for (const year of years) {
			const rows = await run(scoresOfRegionYear(region_code, year));
			expect(rows.length).toBe(
				scores.filter((s) => s.region_code === region_code && s.year === year).length
			);
			const blocks = await answerIndicators(run, region_code, year);
			expect(blocks.flatMap((b) => b.sections.flatMap((s) => s.indicators)).length).toBe(
				rows.length
			);
		}
	});
});

describe('the pages’ answers', () => {
	test('the metric catalogue counts whole-scope figures only', async () => {
		const metrics = await run(allMetrics());
		const coverage = await run(metricCoverage());
		expect(metrics.length).toBe((await table('metrics')).length);
		const all = await table<Fact>('facts');
		const whole = new Set(
			all.filter((f) => f.part === null).map((f) => `${f.metric_id}|${f.year}|${f.region_code}`)
		);
		expect(new Set(coverage.map((c) => `${c.metric_id}|${c.year}|${c.region_code}`))).toEqual(
			whole
		);
		const catalogue = catalogueOf(metrics, coverage);
		expect(catalogue.every((m) => m.years.length > 0)).toBe(true);
	});

	test('compare and matrix show the chosen counties only, with no part among their figures', async () => {
		const catalogue = catalogueOf(await run(allMetrics()), await run(metricCoverage()));
		const counties = await run(countiesWithReports());
		const metric = catalogue.find((m) => m.metric_id === 'budget_initial')!;
		const one = [counties[0]!.region_code];
		const model = await answerCompare(
			run,
			{ metric: metric.metric_id, year: metric.years.at(-1)!, counties: one },
			metric,
			counties
		);
		expect(model.ranking.every((r) => r.entity.region_code === one[0])).toBe(true);
		const facts = model.ranking.flatMap((r) => r.stated?.values.flatMap((v) => v.facts) ?? []);
		expect(facts.every((f) => !f.part && f.region_code === one[0])).toBe(true);

		const year = metric.years.at(-1)!;
		const matrix = await answerMatrix(run, year, catalogue, counties.slice(0, 1));
		const cells = matrix.groups.flatMap((g) => g.rows.flatMap((r) => r.cells));
		expect(cells.every((c) => c.region_code === one[0])).toBe(true);
		// A metric gets a row only when a county shown states it (not another province's).
		for (const row of matrix.groups.flatMap((g) => g.rows))
			expect(
				row.cells.some((c) => c.stated || c.projects.length),
				row.metric.metric_id
			).toBe(true);
	});

	test('coverage of 韶关市 2023: both counties, every row stated by one of them', async () => {
		const catalogue = catalogueOf(await run(allMetrics()), await run(metricCoverage()));
		const shaoguan = (await run(countiesWithReports())).filter((c) => c.parent_code === '440200');
		const model = await answerCoverage(run, 2023, catalogue, shaoguan);
		expect(model.summary.map((s) => s.county.name).sort()).toEqual(['乐昌市', '新丰县']);
		const rows = model.groups.flatMap((g) => g.rows);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows)
			expect(
				r.cells.some((c) => c !== 'missing'),
				r.metric.metric_id
			).toBe(true);
		for (const s of model.summary) {
			const total = Object.values(s.counts).reduce((a, b) => a + b, 0);
			expect(total).toBe(rows.length);
			expect(s.leftOut).toHaveLength(s.counts.missing);
		}
		// 新丰 filed only project reports: its budgets are project figures, its county-wide
		// service figures (全流程网办率) are stated as the county's.
		const xinfeng = model.summary.find((s) => s.county.name === '新丰县')!;
		const at = (id: string) =>
			rows.find((r) => r.metric.metric_id === id)!.cells[model.counties.indexOf(xinfeng.county)];
		expect(at('budget_initial')).toBe('project');
		expect(at('full_online_rate')).toBe('stated');
	});

	test('the picker counts, per year and chosen counties, whole-scope figures of that year only', async () => {
		const all = await table<Fact>('facts');
		const codes = [...new Set(all.map((f) => f.region_code))];
		const years = [...new Set(all.map((f) => f.year))];
		expect(years.length).toBeGreaterThan(1);
		for (const year of years)
			for (const chosen of [codes, codes.slice(1)]) {
				const expected = new Map<string, Set<string>>();
				for (const f of all)
					if (f.year === year && f.part === null && chosen.includes(f.region_code))
						expected.set(f.metric_id, (expected.get(f.metric_id) ?? new Set()).add(f.region_code));
				const counted = await run(statingOfYear(year, chosen));
				expect(Object.fromEntries(counted.map((r) => [r.metric_id, r.counties]))).toEqual(
					Object.fromEntries([...expected].map(([id, s]) => [id, s.size]))
				);
			}
		expect(await run(statingOfYear(years[0]!, []))).toEqual([]);
	});
});

describe('the runner prerendering uses', () => {
	test('tables read into memory answer as the views over the files do', async () => {
		const loaded = nodeRunner(out, { load: true });
		try {
			const questions: Query<unknown>[] = [
				allReports(),
				countiesWithReports(),
				factsOfRegions(),
				allMetrics()
			];
			for (const q of questions) expect(await loaded.run(q)).toEqual(await run(q));
		} finally {
			await loaded.close();
		}
	});

	test('a repeated question is answered again, and a changed row does not leak into it', async () => {
		const first = await run(allReports());
		expect(first.length).toBeGreaterThan(1);
		first[0]!.title = 'changed by a caller';
		first.pop();
		const again = await run(allReports());
		expect(again.length).toBe(first.length + 1);
		expect(again[0]!.title).not.toBe('changed by a caller');
	});

	test('a question about the whole country is asked once, however many others come between', async () => {
		const counted = nodeRunner(out);
		try {
			const reports = await counted.run(allReports());
			await counted.run(allMetrics());
			const before = counted.asked();
			// More page questions than the runner keeps among the recent ones.
			for (let i = 0; i < 100; i++) await counted.run(reportById(`${i}`));
			expect(counted.asked()).toBe(before + 100);
			expect(await counted.run(allReports())).toEqual(reports);
			await counted.run(allMetrics());
			expect(counted.asked()).toBe(before + 100);
			// Page questions are still remembered while recent.
			await counted.run(reportById('99'));
			expect(counted.asked()).toBe(before + 100);
		} finally {
			await counted.close();
		}
	});

	test('a report by id is that report of all reports, and none for an unknown id', async () => {
		for (const r of await run(allReports()))
			expect(await run(reportById(r.report_id))).toEqual([r]);
		expect(await run(reportById('no-such-report'))).toEqual([]);
	});
});
