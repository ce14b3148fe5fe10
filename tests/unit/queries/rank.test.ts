import { describe, expect, it } from 'vitest';
import { formatRank } from '../../../src/lib/format/index.ts';
import { byRank, pickStated, rankAll } from '../../../src/lib/queries/rank.ts';
import { groupStated, type Stated } from '../../../src/lib/queries/stated.ts';
import { fact } from './compare-fixtures.ts';

const one = (code: string, value: number, over = {}): Stated =>
	groupStated([fact({ region_code: code, metric_id: 'm', year: 2023, value, ...over })])[0]!;

describe('rankAll', () => {
	it('ranks higher-is-better from the largest, with equal values tied', () => {
		const ranks = rankAll(
			[
				{ key: 'a', stated: one('a', 10) },
				{ key: 'b', stated: one('b', 30) },
				{ key: 'c', stated: one('c', 10) },
				{ key: 'd', stated: one('d', 20) }
			],
			'higher',
			'annual'
		);
		expect([...'abcd'].map((k) => ranks.get(k)!.rank)).toEqual([3, 1, 3, 2]);
		expect(ranks.get('a')).toMatchObject({ tie: true, of: 4, band: 'bottom' });
		expect(ranks.get('b')).toMatchObject({ tie: false, band: 'top' });
		expect(ranks.get('d')!.band).toBe('middle');
		expect(formatRank(ranks.get('a')!)).toBe('并列第3/4');
		expect(formatRank(ranks.get('b')!, 'en')).toBe('#1 of 4');
	});

	it('ranks lower-is-better from the smallest', () => {
		const ranks = rankAll(
			[
				{ key: 'a', stated: one('a', 5) },
				{ key: 'b', stated: one('b', 1) }
			],
			'lower',
			'annual'
		);
		expect(ranks.get('b')!.rank).toBe(1);
		expect(ranks.get('a')!.rank).toBe(2);
	});

	it('ranks a ≥ figure by the number written, and keeps it marked', () => {
		const bound = one('a', 930000, { qualifier: 'ge' });
		const ranks = rankAll(
			[
				{ key: 'a', stated: bound },
				{ key: 'b', stated: one('b', 600000) }
			],
			'higher',
			'annual'
		);
		expect(ranks.get('a')!.rank).toBe(1);
		expect(bound.values[0]!.qualifier).toBe('ge');
	});

	it('ranks a contradicted figure by neither value, and does not count it', () => {
		const conflict = groupStated([
			fact({ region_code: 'a', metric_id: 'm', year: 2023, value: 92, unit: '%' }),
			fact({ region_code: 'a', metric_id: 'm', year: 2023, value: 90, unit: '%' })
		])[0]!;
		expect(conflict.values).toHaveLength(2);
		const ranks = rankAll(
			[
				{ key: 'a', stated: conflict },
				{ key: 'b', stated: one('b', 80) },
				{ key: 'c', stated: null }
			],
			'higher',
			'annual'
		);
		expect(ranks.get('a')).toMatchObject({ status: 'conflict', rank: null, band: null });
		expect(ranks.get('b')).toMatchObject({ status: 'ranked', rank: 1, of: 1, band: null });
		expect(ranks.get('c')!.status).toBe('missing');
	});

	it('does not rank a metric without a direction, and does not colour all-tied ranks', () => {
		const none = rankAll([{ key: 'a', stated: one('a', 1) }], 'none', 'annual');
		expect(none.get('a')).toMatchObject({ status: 'unranked', rank: null });
		const tied = rankAll(
			[
				{ key: 'a', stated: one('a', 100) },
				{ key: 'b', stated: one('b', 100) }
			],
			'higher',
			'annual'
		);
		expect(tied.get('a')).toMatchObject({ rank: 1, tie: true, band: null });
	});
});

describe('figures on another basis than the metric’s', () => {
	it('are not ranked with the rest, nor counted among the ranked', () => {
		const ranks = rankAll(
			[
				{ key: 'a', stated: one('a', 600000) },
				{ key: 'b', stated: one('b', 930000, { basis: 'cumulative', qualifier: 'ge' }) },
				{ key: 'c', stated: one('c', 345000, { basis: 'cumulative' }) },
				{ key: 'd', stated: one('d', 500000) }
			],
			'higher',
			'annual'
		);
		expect(ranks.get('a')).toMatchObject({ status: 'ranked', rank: 1, of: 2, band: 'top' });
		expect(ranks.get('d')).toMatchObject({ status: 'ranked', rank: 2, of: 2, band: 'bottom' });
		for (const k of ['b', 'c'])
			expect(ranks.get(k)).toMatchObject({ status: 'basis', rank: null, of: 0, band: null });
	});

	it('none ranked when no county states the metric’s basis', () => {
		const ranks = rankAll(
			[
				{ key: 'b', stated: one('b', 930000, { basis: 'cumulative' }) },
				{ key: 'c', stated: one('c', 345000, { basis: 'cumulative' }) }
			],
			'higher',
			'annual'
		);
		expect([...ranks.values()].map((r) => r.status)).toEqual(['basis', 'basis']);
	});

	it('are listed after the ranked figures, grouped by basis, largest first', () => {
		const row = (name: string, value: number, basis: 'annual' | 'point' | 'cumulative') => {
			const stated = one(name, value, { basis });
			return { name, stated, rank: rankAll([{ key: 0, stated }], 'higher', 'annual').get(0)! };
		};
		const rows = [
			row('c', 1, 'cumulative'),
			row('p', 2, 'point'),
			row('a', 3, 'annual'),
			row('d', 9, 'cumulative')
		];
		expect(rows.sort(byRank).map((r) => r.name)).toEqual(['a', 'p', 'd', 'c']);
	});

	it('pickStated shows the metric’s basis first and keeps the others beside it', () => {
		const annual = one('a', 1);
		const cumulative = one('a', 5, { basis: 'cumulative' });
		expect(pickStated([annual, cumulative], 'cumulative')).toEqual({
			shown: cumulative,
			others: [annual]
		});
		expect(pickStated([cumulative, annual], 'annual')).toEqual({
			shown: annual,
			others: [cumulative]
		});
		expect(pickStated([], 'annual')).toEqual({ shown: null, others: [] });
	});
});
