import { describe, expect, test } from 'vitest';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import { impossible } from '../../../../src/lib/domain/audit/impossible.ts';
import type { EvaluationRecord, Fact } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record } from './fixtures.ts';

const run = (...records: EvaluationRecord[]) => impossible.run(auditContext(records, catalogue));
const within = (...facts: Fact[]) => run(record({ facts }));
const ids = (found: { check_id: string }[]) => found.map((f) => f.check_id);

describe('values outside the metric’s range', () => {
	test('a capped rate above 100% fires', () => {
		const found = within(fact('one_window_rate', '100.6%'));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ check_id: 'out-of-range', severity: 'error' });
		expect(found[0]!.message).toContain('高于上限 100%');
	});

	test('execution rates have no maximum and may exceed 100%', () => {
		expect(within(fact('budget_execution_rate', '118.92%'))).toEqual([]);
	});

	test('edges: any written value above 100 fires; 约 and 以上 leave room', () => {
		expect(within(fact('one_window_rate', '100%'))).toEqual([]);
		expect(within(fact('one_window_rate', '100.0%'))).toEqual([]);
		expect(within(fact('one_window_rate', '100.01%'))).toHaveLength(1);
		expect(within(fact('one_window_rate', '101%'))).toHaveLength(1);
		expect(within(fact('one_window_rate', '约101%'))).toEqual([]);
		expect(within(fact('one_window_rate', '100%以上'))).toEqual([]);
	});

	test('negative amounts fire; a change may be negative but not below −100%', () => {
		expect(ids(within(fact('budget_initial', '-5 元')))).toEqual(['out-of-range']);
		expect(within(fact('budget_initial_change', '降低 30%'))).toEqual([]);
		expect(ids(within(fact('budget_initial_change', '降低 120%')))).toEqual(['out-of-range']);
		expect(within(fact('budget_initial', '0 元'))).toEqual([]);
	});
});

describe('running totals', () => {
	const cumulative = (figure: string, year: number) =>
		fact('data_requests', figure, { basis: 'cumulative', year });

	test('a running total that falls from one year to a later one fires', () => {
		const found = run(
			record({ year: 2022, facts: [cumulative('179 次', 2022)] }),
			record({ facts: [cumulative('150 次', 2023)] })
		);
		expect(ids(found)).toEqual(['cumulative-decrease', 'cumulative-decrease']);
		expect(found[0]!.severity).toBe('warning');
	});

	test('rises, equal values and agreement at the precision stated do not fire', () => {
		expect(within(cumulative('179 次', 2022), cumulative('200 次', 2023))).toEqual([]);
		expect(within(cumulative('179 次', 2022), cumulative('179 次', 2023))).toEqual([]);
		expect(within(cumulative('179 次', 2022), cumulative('约 175 次', 2023))).toEqual([]);
	});

	test('a running total below the same year’s annual figure fires', () => {
		expect(ids(within(fact('data_requests', '300 次'), cumulative('179 次', 2023)))).toEqual([
			'cumulative-below-annual'
		]);
		expect(within(fact('data_requests', '100 次'), cumulative('179 次', 2023))).toEqual([]);
		expect(
			within(fact('data_requests', '300 次', { year: 2024 }), cumulative('179 次', 2023))
		).toEqual([]);
	});
});

describe('parts against the whole', () => {
	const staff = (figure: string, part?: string) =>
		fact('staff_actual', figure, { basis: 'point', ...(part ? { part } : {}) });

	test('parts adding up to more than the whole fire', () => {
		const found = within(staff('8 人', '局机关'), staff('8 人', '信息中心'), staff('15 人'));
		expect(ids(found)).toEqual(['part-exceeds-whole']);
		expect(found[0]!.message).toContain('合计 16');
	});

	test('parts up to the whole (a part may be missing) do not fire', () => {
		expect(within(staff('7 人', '局机关'), staff('7 人', '信息中心'), staff('15 人'))).toEqual([]);
		expect(within(staff('8 人', '局机关'), staff('8 人', '信息中心'), staff('16 人'))).toEqual([]);
		expect(within(staff('8 人', '局机关'), staff('8 人', '信息中心'))).toEqual([]);
	});
});
