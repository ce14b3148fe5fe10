import { describe, expect, it } from 'vitest';
import {
	compareContext,
	compareSearch,
	readCompare,
	withMetric,
	type CompareContext
} from '../../../src/lib/state/compare.ts';
import { matrixSearch, readMatrix } from '../../../src/lib/state/matrix.ts';
import {
	countiesIn,
	defaultArea,
	PAGE_COUNTIES,
	areaCodes,
	areasIn,
	provincesIn,
	provincesOf
} from '../../../src/lib/state/provinces.ts';
import { CODES, COUNTIES, metric } from '../queries/compare-fixtures.ts';

const ctx: CompareContext = {
	metrics: new Map(
		[
			metric('budget_initial', { years: [2020, 2021, 2022, 2023] }),
			metric('yzz_transactions', { years: [2022, 2023] }),
			metric('web_articles', { years: [2021] })
		].map((m) => [m.metric_id, m])
	),
	counties: CODES,
	firstCounties: CODES
};
const read = (q: string) => readCompare(new URLSearchParams(q), ctx);

describe('compare view in the URL', () => {
	it('defaults to 年初预算, its latest year and every county', () => {
		expect(read('')).toEqual({ metric: 'budget_initial', year: 2023, counties: CODES });
		expect(compareSearch(read(''), ctx)).toBe('');
	});

	it('reads and writes a view, writing only what differs from the defaults', () => {
		const view = { metric: 'yzz_transactions', year: 2022, counties: ['440883', '440281'] };
		const search = compareSearch(view, ctx);
		expect(search).toBe('?metric=yzz_transactions&year=2022&counties=440281%2C440883');
		expect(read(search.slice(1))).toEqual({ ...view, counties: ['440281', '440883'] });
		expect(compareSearch({ ...view, year: 2023, counties: CODES }, ctx)).toBe(
			'?metric=yzz_transactions'
		);
		expect(read('metric=web_articles')).toEqual({
			metric: 'web_articles',
			year: 2021,
			counties: CODES
		});
	});

	it('ignores what it does not know: a metric, a year the metric lacks, a county', () => {
		expect(read('metric=nope&year=2021')).toEqual({
			metric: 'budget_initial',
			year: 2021,
			counties: CODES
		});
		expect(read('metric=yzz_transactions&year=2019').year).toBe(2023);
		expect(read('counties=999999,440883').counties).toEqual(['440883']);
		expect(read('counties=').counties).toEqual([]);
		expect(compareSearch({ metric: 'budget_initial', year: 2023, counties: [] }, ctx)).toBe(
			'?counties='
		);
	});

	it('keeps a chosen year when the next metric has it, else takes its latest', () => {
		const picked = { metric: 'budget_initial', year: 2022, counties: CODES };
		expect(withMetric(picked, 'yzz_transactions', ctx).year).toBe(2022);
		expect(withMetric(picked, 'web_articles', ctx).year).toBe(2021);
		const latest = { metric: 'web_articles', year: 2021, counties: CODES };
		expect(withMetric(latest, 'budget_initial', ctx).year).toBe(2023);
	});
});

describe('matrix view in the URL', () => {
	const years = [2021, 2022, 2023];
	const places = ['440000', '440200', '440800'];
	const read = (q: string) => readMatrix(new URLSearchParams(q), years, places);
	it('defaults to the latest year and the first place, and accepts only known ones', () => {
		expect(read('')).toEqual({ year: 2023, place: '440000' });
		expect(read('year=2022')).toEqual({ year: 2022, place: '440000' });
		expect(read('year=1999&place=990000')).toEqual({ year: 2023, place: '440000' });
		expect(read('place=440200').place).toBe('440200');
		expect(matrixSearch({ year: 2023, place: '440000' }, years, places)).toBe('');
		expect(matrixSearch({ year: 2021, place: '440800' }, years, places)).toBe(
			'?year=2021&place=440800'
		);
	});
});

describe('views over several provinces', () => {
	const other = (code: string, city: string, cityName: string) => ({
		...COUNTIES[0]!,
		region_code: code,
		name: code,
		parent_code: city,
		parent_name: cityName,
		province_code: '450000',
		province_name: '广西壮族自治区'
	});
	const counties = [
		...COUNTIES,
		other('450102', '450100', '南宁市'),
		other('450103', '450100', '南宁市')
	];
	const wide = compareContext([metric('budget_initial', { years: [2023] })], counties);

	it('compares the first province by default, never the whole country', () => {
		expect(wide.firstCounties).toEqual(CODES);
		const view = readCompare(new URLSearchParams(''), wide);
		expect(view.counties).toEqual(CODES);
		expect(provincesOf(counties, view.counties)).toEqual(['440000']);
	});

	it('fetches only the provinces of the counties chosen', () => {
		const view = readCompare(new URLSearchParams('counties=450103,440281'), wide);
		expect(view.counties).toEqual(['440281', '450103']);
		expect(provincesOf(counties, view.counties)).toEqual(['440000', '450000']);
		expect(provincesOf(counties, ['999999'])).toEqual([]);
	});

	it('lists provinces, then their cities, with the counties in each', () => {
		expect(provincesIn(counties).map((p) => p.name)).toEqual(['广东省', '广西壮族自治区']);
		expect(areasIn(counties).map((p) => [p.code, p.kind, p.counties])).toEqual([
			['440000', 'province', 3],
			['440200', 'city', 2],
			['440800', 'city', 1],
			['450000', 'province', 2],
			['450100', 'city', 2]
		]);
		expect(countiesIn(counties, '450000').map((c) => c.region_code)).toEqual(['450102', '450103']);
		expect(countiesIn(counties, '440200').map((c) => c.name)).toEqual(['新丰县', '乐昌市']);
		expect(areaCodes(counties)[0]).toBe('440000');
		expect(defaultArea([])).toBe('');
	});

	it('starts a province of many counties at its first city', () => {
		const many = Array.from({ length: PAGE_COUNTIES + 1 }, (_, i) =>
			other(String(450200 + i + 1), i < 4 ? '450100' : '450200', i < 4 ? '南宁市' : '柳州市')
		);
		expect(defaultArea(many)).toBe('450100');
		expect(areaCodes(many)).toEqual(['450100', '450000', '450200']);
		const ctx = compareContext([metric('budget_initial', { years: [2023] })], many);
		expect(ctx.firstCounties).toHaveLength(4);
		expect(defaultArea(many.slice(0, PAGE_COUNTIES))).toBe('450000');
	});
});
