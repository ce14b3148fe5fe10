import { describe, expect, test } from 'vitest';
import { conflicts } from '../../../../src/lib/domain/audit/conflicts.ts';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import type { EvaluationRecord, Fact } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record } from './fixtures.ts';

const run = (...records: EvaluationRecord[]) => conflicts.run(auditContext(records, catalogue));
const within = (...facts: Fact[]) => run(record({ facts }));

describe('same figure, two values', () => {
	test('fires on 92% and 90% for the same rate, as a warning for a level', () => {
		const found = within(
			fact('one_window_rate', '92%', { basis: 'point' }),
			fact('one_window_rate', '90%', { basis: 'point' })
		);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			check_id: 'conflicting-levels',
			severity: 'warning',
			report_id: '990001-2023',
			fact_ids: ['990001-2023#f1', '990001-2023#f2']
		});
		expect(found[0]!.message).toContain('“92%”');
		expect(found[0]!.message).toContain('“90%”');
		expect(found[0]!.message_en).toContain('test one_window_rate for 2023');
	});

	test('an annual figure stated twice differently is an error', () => {
		const found = within(
			fact('budget_execution_rate', '100.8%'),
			fact('budget_execution_rate', '100%')
		);
		expect(found.map((f) => [f.check_id, f.severity])).toEqual([['conflicting-figures', 'error']]);
	});

	test('does not fire when the values agree at the precision stated', () => {
		expect(
			within(fact('budget_initial', '371 万元'), fact('budget_initial', '3,710,164 元'))
		).toEqual([]);
		expect(
			within(fact('budget_initial', '349.2 万元'), fact('budget_initial', '3,491,995 元'))
		).toEqual([]);
		expect(
			within(fact('hotline_satisfaction_rate', '约85%'), fact('hotline_satisfaction_rate', '85%'))
		).toEqual([]);
	});

	test('a qualifier can make two values compatible', () => {
		expect(within(fact('yst_entities', '超 2.5 万户'), fact('yst_entities', '26273 户'))).toEqual(
			[]
		);
		expect(
			within(fact('yst_entities', '超 2.5 万户'), fact('yst_entities', '24000 户'))
		).toHaveLength(1);
	});

	test('rounding edges: 371 万元 covers 3,705,000–3,715,000 元 and no more', () => {
		const with371 = (figure: string) =>
			within(fact('budget_initial', '371 万元'), fact('budget_initial', figure));
		expect(with371('3,715,000 元')).toEqual([]);
		expect(with371('3,705,000 元')).toEqual([]);
		expect(with371('3,715,001 元')).toHaveLength(1);
		expect(with371('3,704,999 元')).toHaveLength(1);
	});

	test('a restated figure gets no truncation leeway: 100% does not cover 100.8%', () => {
		expect(
			within(fact('budget_execution_rate', '100.4%'), fact('budget_execution_rate', '100%'))
		).toEqual([]);
		expect(
			within(fact('budget_execution_rate', '100.6%'), fact('budget_execution_rate', '100%'))
		).toHaveLength(1);
	});

	test('100% of a capped rate claims all, so 99.57% contradicts it', () => {
		const found = within(
			fact('one_window_rate', '99.57%', { basis: 'point' }),
			fact('one_window_rate', '100%', { basis: 'point' })
		);
		expect(found).toHaveLength(1);
	});

	test('different year, basis, scope, project or part are different figures', () => {
		expect(
			within(
				fact('staff_actual', '7 人', { basis: 'point', part: '信息中心' }),
				fact('staff_actual', '14 人', { basis: 'point' }),
				fact('staff_actual', '7 人', { basis: 'point', part: '局机关' }),
				fact('staff_actual', '9 人', { basis: 'point', year: 2022 }),
				fact('staff_actual', '15 人', { basis: 'cumulative' })
			)
		).toEqual([]);
		const a = record({ project_name: '项目甲', facts: [fact('budget_initial', '32 万元')] });
		const b = record({
			project_name: '项目乙',
			report_id: '990001-2023-other',
			facts: [fact('budget_initial', '3 万元')]
		});
		expect(run(a, b)).toEqual([]);
	});

	test('across reports: the same year restated differently gives one row per report', () => {
		const r2022 = record({
			year: 2022,
			facts: [fact('budget_initial', '3,491,995 元', { year: 2022 })]
		});
		const r2023 = record({ facts: [fact('budget_initial', '3,481,995 元', { year: 2022 })] });
		const found = run(r2022, r2023);
		expect(found.map((f) => [f.report_id, f.year])).toEqual([
			['990001-2022', 2022],
			['990001-2023', 2023]
		]);
		expect(found[0]!.fact_ids).toEqual(['990001-2022#f1', '990001-2023#f1']);
		expect(found[0]!.message).toBe(found[1]!.message);
		expect(found[0]!.message).toContain('报告 990001-2022、990001-2023 之间');
	});

	test('restatements that agree across reports do not fire', () => {
		const r2022 = record({
			year: 2022,
			facts: [fact('budget_initial', '3,491,995 元', { year: 2022 })]
		});
		const r2023 = record({ facts: [fact('budget_initial', '3,491,995 元', { year: 2022 })] });
		expect(run(r2022, r2023)).toEqual([]);
	});

	test('three values are one finding listing each once', () => {
		const found = within(
			fact('budget_execution_rate', '118.92%'),
			fact('budget_execution_rate', '69.6%'),
			fact('budget_execution_rate', '100%'),
			fact('budget_execution_rate', '100%', { quote: '另一句：预算支出率为 100%' })
		);
		expect(found).toHaveLength(1);
		expect(found[0]!.fact_ids).toHaveLength(4);
		expect(found[0]!.message).toContain('另有 1 处相同');
	});
});
