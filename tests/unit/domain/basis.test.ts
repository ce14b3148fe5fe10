import { describe, expect, test } from 'vitest';
import { basisDepartures } from '../../../src/lib/domain/basis.ts';
import type { Basis, Fact, Metric } from '../../../src/lib/domain/schema.ts';

const metric = (id: string, basis: Basis): Metric => ({
	id,
	category: 'test',
	name_zh: id,
	name_en: id,
	unit: '笔',
	basis,
	better: 'higher',
	description: id
});

const METRICS = new Map(
	[metric('yzz_transactions', 'annual'), metric('data_catalogs', 'point')].map((m) => [m.id, m])
);

const fact = (over: Partial<Fact>): Fact => ({
	metric: 'yzz_transactions',
	year: 2023,
	value: 930000,
	qualifier: 'ge',
	basis: 'annual',
	figure: '突破 93 万笔',
	quote: '我市粤智助自助机业务办理量突破 93 万笔',
	...over
});

describe('basisDepartures', () => {
	test('names each fact on another basis without a note: path, metric, year, both bases', () => {
		const facts = [
			fact({}),
			fact({ basis: 'cumulative' }),
			fact({ metric: 'data_catalogs', year: 2022, basis: 'cumulative', note: '  ' }),
			fact({ basis: 'point', note: '目前 … a level, not the year’s volume.' }),
			fact({ metric: 'not_in_catalogue', basis: 'point' })
		];
		expect(basisDepartures({ facts }, METRICS)).toEqual([
			{
				path: 'facts[1]',
				metric: 'yzz_transactions',
				year: 2023,
				message:
					'basis cumulative, but yzz_transactions is compared on annual figures; add a note saying which words make it cumulative'
			},
			{
				path: 'facts[2]',
				metric: 'data_catalogs',
				year: 2022,
				message:
					'basis cumulative, but data_catalogs is compared on point figures; add a note saying which words make it cumulative'
			}
		]);
	});

	test('a record on its metrics’ bases has none', () => {
		expect(basisDepartures({ facts: [fact({})] }, METRICS)).toEqual([]);
	});
});
