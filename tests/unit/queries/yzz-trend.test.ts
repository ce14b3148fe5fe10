/**
 * 乐昌's 粤智助 figures as the records state them — 60 万笔 in 2022 (the year's), 突破 93
 * 万笔 in 2023 (to date) — through the functions the county profile, the public page and
 * the compare page use, over Parquet written by the real data build: no change from one
 * year to the next is computed or drawn between the annual and the to-date figure.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { yearsSeries } from '../../../src/lib/charts/compare.option.ts';
import { trendSeries, trendTitle } from '../../../src/lib/charts/county-trend.ts';
import type { run as Run } from '../../../src/lib/db/node.server.ts';
import { compareModel } from '../../../src/lib/queries/compare.ts';
import { countyProfile } from '../../../src/lib/queries/county-profile.ts';
import { countyModel } from '../../../src/lib/queries/county.ts';
import { factsOfRegions, wholeFactsOfMetric } from '../../../src/lib/queries/facts.ts';
import { allMetrics, catalogueOf, metricCoverage } from '../../../src/lib/queries/metrics.ts';
import { countiesWithReports, reportsOfRegion } from '../../../src/lib/queries/regions.ts';
import type { Stated } from '../../../src/lib/queries/stated.ts';
import { build, copyData, made, tempDir } from '../scripts/build-helpers.ts';

const LECHANG = '440281';
let run: typeof Run;

beforeAll(async () => {
	const out = join(tempDir(), 'out');
	const built = await build(copyData(), out, '--quiet');
	expect(built.code, built.stderr).toBe(0);
	// The build-time engine reads the folder named here when it is first imported.
	process.env.YARDSTICK_DATA_DIR = out;
	({ run } = await import('../../../src/lib/db/node.server.ts'));
}, 60_000);

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function lechang() {
	const counties = await run(countiesWithReports());
	const county = counties.find((c) => c.region_code === LECHANG)!;
	const [reports, facts] = await Promise.all([
		run(reportsOfRegion(LECHANG)),
		run(factsOfRegions([LECHANG]))
	]);
	return { counties, county, reports, facts };
}

const figure = (s: Stated | null | undefined) =>
	s ? [s.year, s.basis, s.values.map((v) => v.value)] : null;

describe('乐昌 粤智助: the year’s 60 万笔 (2022) and 93 万笔 to date (2023)', () => {
	test('the county profile shows 2022 beside 2023 and computes no change between them', async () => {
		const { county, reports, facts } = await lechang();
		const profile = countyProfile(county, reports, facts);
		for (const [metric, now, before] of [
			['yzz_transactions', 930000, 600000],
			['yzz_people_served', 120000, 200000]
		] as const) {
			const h = profile.headlines.find((x) => x.stated.metric_id === metric)!;
			expect(figure(h.stated)).toEqual([2023, 'cumulative', [now]]);
			expect(figure(h.previous)).toEqual([2022, 'annual', [before]]);
			expect(h.change).toBeNull();
		}
		// Changes are computed where both years are exact and on one basis.
		const budget = profile.headlines.find((x) => x.stated.metric_id === 'budget_initial')!;
		expect(budget.change).toBeCloseTo((3710164 - 3491995) / 3491995, 9);
		// No small chart joins the two years: each basis has one year only.
		expect(profile.service.map((t) => t.spec.metrics[0])).not.toContain('yzz_transactions');
	});

	test('the public page draws the two years as two series, one per basis', async () => {
		const { county, reports, facts } = await lechang();
		const trend = countyModel(county, reports, facts).trends.find(
			(t) => t.spec.id === 'yzz_transactions'
		)!;
		expect(trend.categories).toEqual([2022, 2023]);
		const series = trendSeries(trend, 'zh');
		expect(series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
			['粤智助业务量（年度数）', [600000, null]],
			['粤智助业务量（累计数）', [null, 930000]]
		]);
		expect(trend.bases).toEqual(['annual', 'cumulative']);
		// The chart is named by the metric; only its series carry a basis.
		expect(trendTitle(trend, 'zh')).toBe('粤智助业务量');
	});

	test('/compare ranks neither county in 2023 and never joins 乐昌’s two years', async () => {
		const { counties } = await lechang();
		const codes = counties.map((c) => c.region_code);
		const [facts, metrics, coverage] = await Promise.all([
			run(wholeFactsOfMetric('yzz_transactions', codes)),
			run(allMetrics()),
			run(metricCoverage())
		]);
		const metric = catalogueOf(metrics, coverage).find((m) => m.metric_id === 'yzz_transactions')!;
		expect(metric.basis).toBe('annual');
		const m = compareModel(
			facts,
			{ metric: metric.metric_id, year: 2023, counties: codes },
			metric,
			counties
		);
		expect(
			m.ranking
				.filter((r) => r.stated)
				.map((r) => [r.entity.region_name, r.rank.status, r.stated!.basis])
		).toEqual([
			['乐昌市', 'basis', 'cumulative'],
			['吴川市', 'basis', 'cumulative']
		]);
		const lines = yearsSeries(m, 'zh').filter((s) => s.id.startsWith(LECHANG));
		expect(lines.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
			['乐昌市（年度数）', [600000, null]],
			['乐昌市（累计数）', [null, 930000]]
		]);
	});
});
