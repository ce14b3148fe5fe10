import { describe, expect, it } from 'vitest';
import { compareModel } from '../../../src/lib/queries/compare.ts';
import type { FactRow } from '../../../src/lib/queries/facts.ts';
import { CODES, COUNTIES, fact, LC, metric, WC, XF, YZZ } from './compare-fixtures.ts';

/** 粤智助业务量 in 2023 across the three counties. */
const yzz2023 = (facts: FactRow[]) =>
	compareModel(
		facts,
		{ metric: 'yzz_transactions', year: 2023, counties: CODES },
		metric('yzz_transactions'),
		COUNTIES
	);

describe('compareModel', () => {
	it('ranks the counties with a figure and lists a county without one as missing, never 0', () => {
		const facts = [
			fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2023, value: 300000 }),
			fact({ region_code: WC, metric_id: 'yzz_transactions', year: 2023, value: 200000 }),
			fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2022, value: 600000 })
		];
		const m = yzz2023(facts);
		expect(m.ranking.map((r) => [r.entity.region_name, r.rank.status, r.rank.rank])).toEqual([
			['乐昌市', 'ranked', 1],
			['吴川市', 'ranked', 2],
			['新丰县', 'missing', null]
		]);
		expect(m.ranking[2]!.stated).toBeNull();
		expect(m.years).toEqual([2022, 2023]);
		const lechang = m.byYear.find((r) => r.entity.region_code === LC)!;
		expect(lechang.cells.map((c) => c?.values[0]!.value)).toEqual([600000, 300000]);
	});

	it('ranks only figures on the metric’s basis; a county on another basis is shown, unranked', () => {
		const facts = [
			fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2023, value: 300000 }),
			...YZZ.filter((f) => f.region_code === WC)
		];
		const m = yzz2023(facts);
		expect(m.ranking.map((r) => [r.entity.region_name, r.rank.status, r.rank.rank])).toEqual([
			['乐昌市', 'ranked', 1],
			['吴川市', 'basis', null],
			['新丰县', 'missing', null]
		]);
		expect(m.ranking[0]!.rank.of).toBe(1);
		expect(m.ranking[1]!.stated!.basis).toBe('cumulative');
	});

	it('粤智助 as the reports state it: 2023 is to date for both counties, so nobody is ranked', () => {
		const m = yzz2023(YZZ);
		expect(
			m.ranking.map((r) => [r.entity.region_name, r.rank.status, r.stated?.basis ?? null])
		).toEqual([
			['乐昌市', 'basis', 'cumulative'],
			['吴川市', 'basis', 'cumulative'],
			['新丰县', 'missing', null]
		]);
		// 乐昌's 2022 annual and 2023 to-date figures stay two cells on their own bases.
		const lechang = m.byYear.find((r) => r.entity.region_code === LC)!;
		expect(lechang.cells.map((c) => [c?.values[0]!.value, c?.basis])).toEqual([
			[600000, 'annual'],
			[930000, 'cumulative']
		]);
	});

	it('shows the metric’s basis first when a county states the year on two bases', () => {
		const facts = [
			...YZZ,
			fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2023, value: 330000 })
		];
		const m = yzz2023(facts);
		const lechang = m.ranking.find((r) => r.entity.region_code === LC)!;
		expect([lechang.stated!.basis, lechang.rank.status, lechang.rank.rank]).toEqual([
			'annual',
			'ranked',
			1
		]);
		expect(lechang.others.map((s) => s.basis)).toEqual(['cumulative']);
	});

	it('only includes the chosen counties', () => {
		const m = compareModel(
			YZZ,
			{ metric: 'yzz_transactions', year: 2023, counties: [WC] },
			metric('yzz_transactions'),
			COUNTIES
		);
		expect(m.ranking.map((r) => r.entity.region_code)).toEqual([WC]);
		expect(m.byYear.map((r) => r.entity.region_code)).toEqual([WC]);
	});

	it('keeps project figures apart: each its own unranked entry, never summed', () => {
		const facts = [
			fact({
				region_code: LC,
				metric_id: 'budget_initial',
				year: 2023,
				value: 3710164,
				unit: '元'
			}),
			...[
				['电子政务外网网络管理', 320000],
				['政务系统管理', 110000],
				['政务服务建设推广', 30000]
			].map(([p, v]) =>
				fact({
					region_code: XF,
					metric_id: 'budget_initial',
					year: 2023,
					value: v as number,
					unit: '元',
					scope: 'project',
					project_name: p as string,
					report_id: `440233-2023-${p}`
				})
			)
		];
		const m = compareModel(
			facts,
			{ metric: 'budget_initial', year: 2023, counties: CODES },
			metric('budget_initial', { unit: '元', better: 'none' }),
			COUNTIES
		);
		const rows = m.ranking.map((r) => [r.entity.region_name, r.entity.project, r.rank.status]);
		expect(rows).toEqual([
			['乐昌市', null, 'unranked'],
			['吴川市', null, 'missing'],
			['新丰县', null, 'missing'],
			['新丰县', '电子政务外网网络管理', 'unranked'],
			['新丰县', '政务系统管理', 'unranked'],
			['新丰县', '政务服务建设推广', 'unranked']
		]);
		// No entry holds a sum of the projects.
		const values = m.ranking.flatMap((r) => r.stated?.values.map((v) => v.value) ?? []);
		expect(values).not.toContain(460000);
		expect(m.ranking.filter((r) => r.entity.project).every((r) => r.rank.rank === null)).toBe(true);
	});

	it('ranks a contradicted county by neither value', () => {
		const facts = [
			fact({
				region_code: LC,
				metric_id: 'one_window_rate',
				year: 2023,
				value: 92,
				unit: '%',
				basis: 'point'
			}),
			fact({
				region_code: LC,
				metric_id: 'one_window_rate',
				year: 2023,
				value: 90,
				unit: '%',
				basis: 'point'
			}),
			fact({
				region_code: WC,
				metric_id: 'one_window_rate',
				year: 2023,
				value: 85,
				unit: '%',
				basis: 'point',
				qualifier: 'approx'
			})
		];
		const m = compareModel(
			facts,
			{ metric: 'one_window_rate', year: 2023, counties: CODES },
			metric('one_window_rate', { unit: '%', basis: 'point' }),
			COUNTIES
		);
		expect(
			m.ranking.map((r) => [r.entity.region_code, r.rank.status, r.rank.rank, r.rank.of])
		).toEqual([
			[WC, 'ranked', 1, 1],
			[LC, 'conflict', null, 0],
			[XF, 'missing', null, 0]
		]);
		expect(m.ranking[1]!.stated!.values.map((v) => v.value)).toEqual([92, 90]);
	});

	it('ranks lower-is-better metrics from the smallest', () => {
		const facts = [
			fact({
				region_code: LC,
				metric_id: 'three_public_final',
				year: 2023,
				value: 5000,
				unit: '元'
			}),
			fact({
				region_code: WC,
				metric_id: 'three_public_final',
				year: 2023,
				value: 1000,
				unit: '元'
			})
		];
		const m = compareModel(
			facts,
			{ metric: 'three_public_final', year: 2023, counties: CODES },
			metric('three_public_final', { unit: '元', better: 'lower' }),
			COUNTIES
		);
		expect(m.ranking.slice(0, 2).map((r) => [r.entity.region_code, r.rank.rank])).toEqual([
			[WC, 1],
			[LC, 2]
		]);
	});

	it('shows the figure on the metric’s basis, and keeps the other beside it', () => {
		const facts = [
			fact({ region_code: LC, metric_id: 'yzz_people_served', year: 2023, value: 100 }),
			fact({
				region_code: LC,
				metric_id: 'yzz_people_served',
				year: 2023,
				value: 900,
				basis: 'cumulative'
			}),
			fact({ region_code: WC, metric_id: 'yzz_people_served', year: 2023, value: 50 })
		];
		const m = compareModel(
			facts,
			{ metric: 'yzz_people_served', year: 2023, counties: CODES },
			metric('yzz_people_served'),
			COUNTIES
		);
		const lc = m.ranking.find((r) => r.entity.region_code === LC)!;
		expect(lc.stated!.basis).toBe('annual');
		expect(lc.others.map((s) => s.basis)).toEqual(['cumulative']);
	});
});
