import { describe, expect, it } from 'vitest';
import { matrixCsv } from '../../../src/lib/components/matrix/matrix-csv.ts';
import { matrixModel, matrixYears } from '../../../src/lib/queries/matrix.ts';
import { COUNTIES, fact, LC, metric, WC, XF, YZZ } from './compare-fixtures.ts';

const CATALOGUE = [
	metric('yzz_transactions', { years: [2022, 2023] }),
	metric('budget_initial', {
		category: 'budget',
		category_zh: '预算与支出',
		category_en: 'Budget',
		unit: '元',
		better: 'none',
		years: [2021, 2023]
	}),
	metric('one_window_rate', {
		category: 'service',
		category_zh: '政务服务',
		category_en: 'Services',
		unit: '%',
		years: [2023]
	}),
	metric('yss_users', {
		category: 'platform',
		category_zh: '粤系列平台',
		category_en: 'Platforms',
		unit: '人',
		basis: 'point',
		years: [2023]
	}),
	metric('web_articles', {
		category: 'web',
		category_zh: '政府网站与热线',
		category_en: 'Web',
		years: [2022]
	})
];

const FACTS = [
	...YZZ.filter((f) => f.year === 2023),
	fact({ region_code: LC, metric_id: 'budget_initial', year: 2023, value: 3710164, unit: '元' }),
	fact({
		region_code: XF,
		metric_id: 'budget_initial',
		year: 2023,
		value: 320000,
		unit: '元',
		scope: 'project',
		project_name: '电子政务外网网络管理'
	}),
	fact({ region_code: LC, metric_id: 'one_window_rate', year: 2023, value: 92, unit: '%' }),
	fact({ region_code: LC, metric_id: 'one_window_rate', year: 2023, value: 90, unit: '%' }),
	fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2022, value: 600000 }),
	...[
		[LC, 400000],
		[WC, 896500]
	].map(([code, value]) =>
		fact({
			region_code: code as string,
			metric_id: 'yss_users',
			year: 2023,
			value: value as number,
			qualifier: 'ge',
			basis: 'point',
			unit: '人'
		})
	)
];

describe('matrixModel', () => {
	const m = matrixModel(FACTS, 2023, CATALOGUE, COUNTIES);

	it('has one row per metric stated that year, grouped by category in catalogue order', () => {
		expect(m.groups.map((g) => [g.category, g.rows.map((r) => r.metric.metric_id)])).toEqual([
			['budget', ['budget_initial']],
			['service', ['one_window_rate']],
			['platform', ['yss_users']],
			['kiosk', ['yzz_transactions']]
		]);
		expect(m.counties.map((c) => c.region_code)).toEqual([XF, LC, WC]);
	});

	it('ranks each metric in its direction; contradicted and missing cells are unranked', () => {
		const row = (id: string) =>
			m.groups.flatMap((g) => g.rows).find((r) => r.metric.metric_id === id)!;
		const users = row('yss_users');
		expect(users.cells.map((c) => [c.rank.status, c.rank.rank, c.rank.band])).toEqual([
			['missing', null, null],
			['ranked', 2, 'bottom'],
			['ranked', 1, 'top']
		]);
		// 粤智助 2023: both counties state a total to date, the metric is compared on the
		// year's figure: shown with their basis, neither ranked nor coloured.
		const yzz = row('yzz_transactions');
		expect(yzz.cells.map((c) => [c.rank.status, c.rank.rank, c.rank.band])).toEqual([
			['missing', null, null],
			['basis', null, null],
			['basis', null, null]
		]);
		expect(yzz.bases).toEqual(['cumulative']);
		const window = row('one_window_rate');
		expect(window.cells[1]!.rank.status).toBe('conflict');
		expect(window.cells[1]!.stated!.values.map((v) => v.value)).toEqual([92, 90]);
		const budget = row('budget_initial');
		expect(budget.cells[1]!.rank).toMatchObject({ status: 'unranked', band: null });
		// 新丰's project budget is counted in its cell, never taken as its department figure.
		expect(budget.cells[0]!.stated).toBeNull();
		expect(budget.cells[0]!.projects).toHaveLength(1);
	});

	it('writes every shown row to CSV with each county’s value, qualifier, basis and rank', () => {
		const { header, body } = matrixCsv(m, 'zh');
		expect(body).toHaveLength(4);
		expect(header.slice(0, 5)).toEqual(['类别', '指标', 'metric_id', '单位', '方向']);
		const yzz = body.find((r) => r[2] === 'yzz_transactions')!;
		const at = (name: string, what: string) => yzz[header.indexOf(`${name}（${what}）`)];
		expect([
			at('乐昌市', '数值'),
			at('乐昌市', '限定'),
			at('乐昌市', '口径'),
			at('乐昌市', '排名')
		]).toEqual([930000, 'ge', 'cumulative', null]);
		expect(at('新丰县', '数值')).toBeNull();
		expect(at('吴川市', '口径')).toBe('cumulative');
	});

	it('offers the years that have any figure', () => {
		expect(matrixYears(CATALOGUE)).toEqual([2021, 2022, 2023]);
	});
});
