import { describe, expect, test } from 'vitest';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import { explanationOf, points } from '../../../../src/lib/domain/audit/points.ts';
import type { Score } from '../../../../src/lib/domain/schema.ts';
import { catalogue, record, score } from './fixtures.ts';

const run = (...scores: Score[]) => points.run(auditContext([record({ scores })], catalogue));

describe('points above the maximum', () => {
	test('fires on 5 points of 3, and quotes the report’s own explanation', () => {
		const found = run(
			score('结转结余率', 3, 3),
			score('部门预算资金支出率', 3, 5, {
				quote: '（1）部门预算资金支出率（3分）。 自评得分 5 分（含无转移支付 3 分）'
			})
		);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			check_id: 'points-over-max',
			severity: 'error',
			score_ids: ['990001-2023#s2'],
			fact_ids: []
		});
		expect(found[0]!.message).toContain('分值 3 分，自评得分 5 分，超出 2 分');
		expect(found[0]!.message).toContain('报告自述：“含无转移支付 3 分”');
		expect(found[0]!.message_en).toContain('The report explains: “含无转移支付 3 分”');
	});

	test('says so when the report gives no explanation', () => {
		const found = run(
			score('财务合规性', 4, 4.5, { quote: '（5）财务合规性（4 分）。自评得分 4.5 分' })
		);
		expect(found[0]!.message).toContain('报告未作说明');
	});

	test('does not fire at the maximum, below it, or without a stated maximum', () => {
		expect(run(score('a', 3, 3), score('b', 3, 2.9), score('c', null, 7))).toEqual([]);
	});

	test('edge: decimals at the maximum are not above it', () => {
		expect(run(score('a', 4.2, 4.2), score('b', 0.3, 0.1 + 0.2))).toEqual([]);
		expect(run(score('a', 4.2, 4.21))).toHaveLength(1);
	});

	test('negative points are a finding except in 加减分', () => {
		const found = run(
			score('a', 3, -1),
			score('扣分', null, -2, { section: '加减分', group: null })
		);
		expect(found.map((f) => f.check_id)).toEqual(['points-below-zero']);
	});
});

describe('explanationOf', () => {
	test('the words after the points, without brackets', () => {
		expect(explanationOf('自评得分 5 分（含无转移支付 3 分）')).toBe('含无转移支付 3 分');
		expect(explanationOf('自评得分 0 分，我局无转移支付，本项不考核')).toBe(
			'我局无转移支付，本项不考核'
		);
		expect(explanationOf('自评得分 5 分')).toBeNull();
		expect(explanationOf('自评得分 5 分。')).toBeNull();
	});
});
