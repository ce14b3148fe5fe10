import { trendTitle } from '../../../src/lib/charts/county-trend.ts';
import { describe, expect, it } from 'vitest';
import {
	changeOf,
	headlines,
	otherFigures,
	serviceTrends,
	SERVICE_CATEGORIES
} from '../../../src/lib/queries/county-profile.ts';
import { groupStated } from '../../../src/lib/queries/stated.ts';
import { fact } from './profile-fixtures.ts';

const one = (...facts: Parameters<typeof fact>[0][]) => groupStated(facts.map(fact))[0]!;

describe('changeOf: (本年 − 上年) ÷ 上年, only when honest', () => {
	it('computes the change of two exact figures', () => {
		const now = one({ metric_id: 'budget_initial', year: 2023, value: 3710164 });
		const before = one({ metric_id: 'budget_initial', year: 2022, value: 3491995 });
		expect(changeOf(now, before)).toBeCloseTo((3710164 - 3491995) / 3491995, 12);
	});

	it('uses agreeing restatements as one exact figure', () => {
		const now = one(
			{ metric_id: 'budget_initial', year: 2023, value: 3710000, figure: '371 万元' },
			{ metric_id: 'budget_initial', year: 2023, value: 3710164 }
		);
		expect(now.values).toHaveLength(1);
		const before = one({ metric_id: 'budget_initial', year: 2022, value: 3491995 });
		expect(changeOf(now, before)).toBeCloseTo(0.06248, 5);
	});

	it('gives no change for a bound, an approximation, a contradiction or a missing year', () => {
		const now = one({ metric_id: 'yzz_transactions', year: 2023, value: 930000, qualifier: 'ge' });
		const before = one({ metric_id: 'yzz_transactions', year: 2022, value: 600000 });
		expect(changeOf(now, before)).toBeNull();
		expect(changeOf(before, now)).toBeNull();
		const approx = one({ metric_id: 'x', year: 2022, value: 85, qualifier: 'approx' });
		expect(changeOf(one({ metric_id: 'x', year: 2023, value: 90 }), approx)).toBeNull();
		const disputed = one(
			{ metric_id: 'one_window_rate', year: 2023, value: 92, unit: '%' },
			{ metric_id: 'one_window_rate', year: 2023, value: 90, unit: '%' }
		);
		expect(disputed.values).toHaveLength(2);
		const last = one({ metric_id: 'one_window_rate', year: 2022, value: 80.4, unit: '%' });
		expect(changeOf(disputed, last)).toBeNull();
		expect(changeOf(last, null)).toBeNull();
	});

	it('never compares different bases', () => {
		const now = one({ metric_id: 'x', year: 2023, value: 10, basis: 'cumulative' });
		const before = one({ metric_id: 'x', year: 2022, value: 5, basis: 'annual' });
		expect(changeOf(now, before)).toBeNull();
	});
});

describe('headlines', () => {
	it('finds the previous year with the same metric, basis and scope', () => {
		const facts = [
			fact({ metric_id: 'budget_initial', year: 2023, value: 200 }),
			fact({ metric_id: 'budget_initial', year: 2022, value: 100 }),
			fact({ metric_id: 'budget_initial', year: 2022, value: 1, part: '局机关' })
		];
		const glance = groupStated(facts.filter((f) => f.year === 2023));
		const [h] = headlines(glance, facts);
		expect(h!.previous?.values.map((v) => v.value)).toEqual([100]);
		expect(h!.change).toBe(1);
	});

	it('shows the previous year on another basis, but computes no change between the two', () => {
		const facts = [
			fact({ metric_id: 'yzz_transactions', year: 2023, value: 930000, basis: 'cumulative' }),
			fact({ metric_id: 'yzz_transactions', year: 2022, value: 600000 })
		];
		const glance = groupStated(facts.filter((f) => f.year === 2023));
		const [h] = headlines(glance, facts);
		expect([h!.previous?.basis, h!.previous?.values[0]!.value]).toEqual(['annual', 600000]);
		expect(h!.change).toBeNull();
		// The same basis is preferred when the year is stated on both.
		const both = [
			...facts,
			fact({ metric_id: 'yzz_transactions', year: 2022, value: 465000, basis: 'cumulative' })
		];
		const [same] = headlines(glance, both);
		expect(same!.previous?.basis).toBe('cumulative');
		expect(same!.change).toBe(930000 / 465000 - 1);
	});
});

describe('serviceTrends', () => {
	it('draws a metric stated for two years, leaves a single year and parts out', () => {
		const facts = [
			fact({ metric_id: 'yzz_kiosks', year: 2022, value: 247, unit: '台', basis: 'point' }),
			fact({ metric_id: 'yzz_kiosks', year: 2023, value: 251, unit: '台', basis: 'point' }),
			fact({
				metric_id: 'yzz_kiosks',
				year: 2023,
				value: 3,
				unit: '台',
				basis: 'point',
				part: '某镇'
			}),
			fact({ metric_id: 'yss_users', year: 2023, value: 400000, unit: '人', basis: 'point' })
		];
		const trends = serviceTrends(facts);
		expect(trends.map((t) => t.spec.id)).toEqual(['yzz_kiosks-point']);
		expect(trends[0]!.categories).toEqual([2022, 2023]);
		expect(trends[0]!.rows[1]!.cells.yzz_kiosks!.values.map((v) => v.value)).toEqual([251]);
	});

	it('splits a metric stated on two bases into two charts, each named by its basis', () => {
		const facts = [2022, 2023].flatMap((year) =>
			(['annual', 'cumulative'] as const).map((basis) =>
				fact({ metric_id: 'web_articles', year, value: year, basis, unit: '篇' })
			)
		);
		const trends = serviceTrends(facts);
		expect(trends.map((t) => t.spec.basis)).toEqual(['annual', 'cumulative']);
		expect(trends.map((t) => trendTitle(t, 'zh'))).toEqual([
			'web_articles（年度数）',
			'web_articles（累计数）'
		]);
		expect(trendTitle(trends[1]!, 'en')).toBe('web_articles (cumulative)');
	});
});

describe('otherFigures', () => {
	const service = { category: 'service', unit: '件' } as const;

	it('lists uncharted figures by year, a part on its own row, charted ones not at all', () => {
		const facts = [
			fact({ metric_id: 'online_transactions', year: 2022, value: 1165, ...service }),
			fact({
				metric_id: 'online_transactions',
				year: 2023,
				value: 1885,
				part: '商事登记',
				...service
			}),
			fact({ metric_id: 'yzz_kiosks', year: 2023, value: 251, category: 'kiosk', unit: '台' }),
			fact({ metric_id: 'budget_execution_rate', year: 2023, value: 100, unit: '%' })
		];
		const table = otherFigures(facts, new Set(['yzz_kiosks|annual']), SERVICE_CATEGORIES, []);
		expect(table.years).toEqual([2022, 2023]);
		expect(table.rows.map((r) => [r.metric_id, r.part])).toEqual([
			['online_transactions', null],
			['online_transactions', '商事登记']
		]);
		expect(table.rows[0]!.cells[2022]!.values[0]!.value).toBe(1165);
		expect(table.rows[0]!.cells[2023]).toBeNull();
		expect(table.rows[1]!.cells[2023]!.values[0]!.value).toBe(1885);
	});

	it("keeps a project's own figures apart, labelled with the project", () => {
		const facts = [
			fact({
				metric_id: 'service_items',
				year: 2023,
				value: 5,
				scope: 'project',
				project_name: '政务系统管理',
				...service
			}),
			fact({ metric_id: 'service_items', year: 2023, value: 20104, ...service })
		];
		const table = otherFigures(facts, new Set(), SERVICE_CATEGORIES, ['budget_initial']);
		expect(table.rows.map((r) => r.part)).toEqual([null, '政务系统管理']);
	});
});
