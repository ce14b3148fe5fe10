import { describe, expect, test } from 'vitest';
import { arithmetic } from '../../../../src/lib/domain/audit/arithmetic.ts';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import type { EvaluationRecord, Fact } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record } from './fixtures.ts';

const run = (...records: EvaluationRecord[]) => arithmetic.run(auditContext(records, catalogue));
const within = (...facts: Fact[]) => run(record({ facts }));
const ids = (found: { check_id: string }[]) => found.map((f) => f.check_id);

describe('a rate against its numerator and denominator', () => {
	const coverage = (rate: string, withTargets = '12 个', total = '13 个') =>
		within(
			fact('projects_total', total),
			fact('projects_with_targets', withTargets),
			fact('perf_target_coverage', rate)
		);

	test('12 of 13 is 92.3% (rounded) and not 92.5%', () => {
		expect(coverage('92.3%')).toEqual([]);
		expect(coverage('92%')).toEqual([]);
		const found = coverage('92.5%');
		expect(ids(found)).toEqual(['stated-ratio']);
		expect(found[0]!.message).toContain('= 92.31%');
	});

	test('edges: truncated 92.30% passes, 92.29% and 92.32% do not; 100% of all claims all', () => {
		expect(coverage('92.30%')).toEqual([]);
		expect(coverage('92.29%')).toHaveLength(1);
		expect(coverage('92.32%')).toHaveLength(1);
		expect(coverage('100%', '6 个', '6 个')).toEqual([]);
		expect(coverage('100%', '199 个', '200 个')).toHaveLength(1);
	});
});

describe('a total against its parts', () => {
	test('fires when 基本支出 + 项目支出 ≠ 支出决算 (吴川 2023: 7313.20 vs 7324.60 万元)', () => {
		const found = within(
			fact('expenditure_final', '7324.60万元'),
			fact('basic_expenditure', '239.45万元'),
			fact('project_expenditure', '7073.75万元')
		);
		expect(ids(found)).toEqual(['sum-of-parts']);
		expect(found[0]!.severity).toBe('error');
		expect(found[0]!.message).toContain('合计 7,313.2 万元，相差 11.4 万元');
	});

	test('does not fire when they agree at the precision stated', () => {
		expect(
			within(
				fact('expenditure_final', '7313.2万元'),
				fact('basic_expenditure', '239.45万元'),
				fact('project_expenditure', '7073.75万元')
			)
		).toEqual([]);
		expect(
			within(
				fact('expenditure_final', '7313 万元'),
				fact('basic_expenditure', '239.45万元'),
				fact('project_expenditure', '7073.75万元')
			)
		).toEqual([]);
		expect(
			within(
				fact('expenditure_final', '7314 万元'),
				fact('basic_expenditure', '239.45万元'),
				fact('project_expenditure', '7073.75万元')
			)
		).toHaveLength(1);
	});

	test('nothing to check when a part is missing', () => {
		expect(
			within(fact('expenditure_final', '7324.60万元'), fact('basic_expenditure', '239.45万元'))
		).toEqual([]);
	});
});

describe('a project’s balance', () => {
	const project = (...facts: Fact[]) => run(record({ project_name: '测试项目', facts }));

	test('budget − spending = 结余: no finding; the adjusted budget counts when stated', () => {
		// Amounts in whole 元 may have dropped their 分: 1529 is within a yuan of 1528.
		expect(
			project(
				fact('budget_initial', '320000 元'),
				fact('expenditure_final', '318472 元'),
				fact('carryover', '1529 元')
			)
		).toEqual([]);
		expect(
			project(
				fact('budget_initial', '320000 元'),
				fact('expenditure_final', '318472 元'),
				fact('carryover', '1528 元')
			)
		).toEqual([]);
		expect(
			project(
				fact('budget_initial', '30000 元'),
				fact('budget_adjusted', '27000 元'),
				fact('expenditure_final', '22516 元'),
				fact('carryover', '4484 元')
			)
		).toEqual([]);
	});

	test('fires when it does not add up, as a warning', () => {
		const found = project(
			fact('budget_initial', '320000 元'),
			fact('expenditure_final', '318472 元'),
			fact('carryover', '1531 元')
		);
		expect(found.map((f) => [f.check_id, f.severity])).toEqual([['project-balance', 'warning']]);
		expect(found[0]!.message).toContain('为 1,528 元');
	});

	test('department figures are not checked (carry-over includes earlier years)', () => {
		expect(
			within(
				fact('budget_initial', '3,710,164 元'),
				fact('expenditure_final', '3,743,016.45 元'),
				fact('carryover', '0')
			)
		).toEqual([]);
	});
});
