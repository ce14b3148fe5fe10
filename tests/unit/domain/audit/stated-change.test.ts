import { describe, expect, test } from 'vitest';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import { statedChanges } from '../../../../src/lib/domain/audit/stated-change.ts';
import type { EvaluationRecord, Fact } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record } from './fixtures.ts';

const run = (...records: EvaluationRecord[]) => statedChanges.run(auditContext(records, catalogue));

/** 2023 budget 3,710,164 元 against 2022's 3,491,995 元: +6.2477%. */
const budgets = (): Fact[] => [
	fact('budget_initial', '3,710,164 元'),
	fact('budget_initial', '3,491,995 元', { year: 2022 })
];
const change = (figure: string) => fact('budget_initial_change', figure);
const within = (figure: string) => run(record({ facts: [...budgets(), change(figure)] }));

describe('stated change against the two figures it compares', () => {
	test('fires when the rate does not follow from the amounts', () => {
		const found = within('增长 6.14%');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			check_id: 'stated-change',
			severity: 'error',
			fact_ids: ['990001-2023#f3', '990001-2023#f1', '990001-2023#f2']
		});
		expect(found[0]!.message).toContain('“增长 6.14%”');
		expect(found[0]!.message).toContain('计算为 +6.2477%');
	});

	test('does not fire when the rate is rounded or truncated from the exact 6.2477%', () => {
		expect(within('增长 6.25%')).toEqual([]);
		expect(within('增长 6.24%')).toEqual([]);
		expect(within('增长 6.2%')).toEqual([]);
		expect(within('增长 6%')).toEqual([]);
	});

	test('rounding edges: one unit below the truncation, or above the rounding, fires', () => {
		expect(within('增长 6.23%')).toHaveLength(1);
		expect(within('增长 6.26%')).toHaveLength(1);
		expect(within('增长 6.3%')).toHaveLength(1);
		expect(within('降低 6.24%')).toHaveLength(1);
	});

	test('a fall: −0.3566% may be written 降低 0.36% or 0.35%, not 0.34% or 0.37%', () => {
		const facts = (figure: string) => [
			fact('budget_initial', '3,638,346.02 元'),
			fact('budget_initial', '3,651,367.49 元', { year: 2022 }),
			change(figure)
		];
		expect(run(record({ facts: facts('降低 0.36%') }))).toEqual([]);
		expect(run(record({ facts: facts('降低 0.35%') }))).toEqual([]);
		expect(run(record({ facts: facts('降低 0.34%') }))).toHaveLength(1);
		expect(run(record({ facts: facts('降低 0.37%') }))).toHaveLength(1);
		expect(run(record({ facts: facts('增长 0.36%') }))).toHaveLength(1);
	});

	test('a rounded amount widens what the rate may be', () => {
		const facts = [
			fact('budget_initial', '371 万元'),
			fact('budget_initial', '349 万元', { year: 2022 }),
			change('增长 6.5%')
		];
		expect(run(record({ facts }))).toEqual([]);
	});

	test('prefers the amounts in the same report, else takes them from another', () => {
		const earlier = record({
			year: 2022,
			facts: [fact('budget_initial', '3,491,995 元', { year: 2022 })]
		});
		const later = record({ facts: [fact('budget_initial', '3,710,164 元'), change('增长 6.24%')] });
		expect(run(earlier, later)).toEqual([]);
		const wrong = run(
			earlier,
			record({ facts: [fact('budget_initial', '3,710,164 元'), change('增长 9%')] })
		);
		expect(wrong.map((f) => f.report_id)).toEqual(['990001-2022', '990001-2023']);

		const own = record({
			facts: [
				fact('budget_initial', '3,710,164 元'),
				fact('budget_initial', '3,491,995 元', { year: 2022 }),
				change('增长 6.24%')
			]
		});
		const otherSays = record({
			year: 2022,
			facts: [fact('budget_initial', '3,000,000 元', { year: 2022 })]
		});
		expect(run(otherSays, own)).toEqual([]);
	});

	test('nothing to check without both amounts', () => {
		expect(
			run(record({ facts: [fact('budget_initial', '3,710,164 元'), change('增长 50%')] }))
		).toEqual([]);
	});
});
