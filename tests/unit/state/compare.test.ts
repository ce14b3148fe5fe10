import { describe, expect, it } from 'vitest';
import {
	compareSearch,
	readCompare,
	withMetric,
	type CompareContext
} from '../../../src/lib/state/compare.ts';
import { matrixSearch, readMatrix } from '../../../src/lib/state/matrix.ts';
import { CODES, metric } from '../queries/compare-fixtures.ts';

const ctx: CompareContext = {
	metrics: new Map(
		[
			metric('budget_initial', { years: [2020, 2021, 2022, 2023] }),
			metric('yzz_transactions', { years: [2022, 2023] }),
			metric('web_articles', { years: [2021] })
		].map((m) => [m.metric_id, m])
	),
	counties: CODES
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
	it('defaults to the latest year and accepts only known years', () => {
		expect(readMatrix(new URLSearchParams(''), years)).toEqual({ year: 2023 });
		expect(readMatrix(new URLSearchParams('year=2022'), years)).toEqual({ year: 2022 });
		expect(readMatrix(new URLSearchParams('year=1999'), years)).toEqual({ year: 2023 });
		expect(matrixSearch({ year: 2023 }, years)).toBe('');
		expect(matrixSearch({ year: 2021 }, years)).toBe('?year=2021');
	});
});
