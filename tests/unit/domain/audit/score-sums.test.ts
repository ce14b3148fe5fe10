import { describe, expect, test } from 'vitest';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import { scoreSums } from '../../../../src/lib/domain/audit/score-sums.ts';
import type { EvaluationRecord } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record, score, subtotal } from './fixtures.ts';

const run = (r: EvaluationRecord) => scoreSums.run(auditContext([r], catalogue));

/** A 100-point table: 预算编制 28, 预算执行 42 (资金管理 22 + 其他 20), 资金使用效益 30. */
function table(over: { fundMaxima?: number[]; fundPoints?: number[]; bonus?: number } = {}) {
	const maxima = over.fundMaxima ?? [3, 3, 3, 2, 4, 3, 4];
	const pts = over.fundPoints ?? maxima;
	return {
		scores: [
			score('编制', 28, 28, { section: '预算编制', group: '预算编制' }),
			...maxima.map((m, i) => score(`资金${i + 1}`, m, pts[i]!)),
			score('其他', 20, 20, { group: '其他' }),
			score('效益', 30, 30, { section: '资金使用效益', group: '效益' }),
			score('加减分项', null, over.bonus ?? 0, { section: '加减分', group: null })
		],
		subtotals: [
			subtotal('预算编制', null, 28),
			subtotal('预算执行', null, 42),
			subtotal('预算执行', '资金管理', 22),
			subtotal('资金使用效益', null, 30)
		]
	};
}

describe('maxima that do not add up', () => {
	test('fires when a group’s indicator maxima do not reach its stated maximum (22 vs 19)', () => {
		const found = run(record({ ...table({ fundMaxima: [3, 3, 3, 2, 4, 0, 4] }) }));
		expect(found.map((f) => f.check_id)).toEqual(['score-maxima']);
		expect(found[0]!.severity).toBe('warning');
		expect(found[0]!.message).toContain('所述分值 22 分');
		expect(found[0]!.message).toContain('合计 19 分（3 + 3 + 3 + 2 + 4 + 0 + 4）');
		expect(found[0]!.score_ids).toHaveLength(7);
	});

	test('a section is checked against its stated group maxima, so one gap is one finding', () => {
		const found = run(record({ ...table({ fundMaxima: [3, 3, 3, 2, 4, 0, 4] }) }));
		expect(found.filter((f) => f.message.includes('“预算执行”'))).toEqual([]);
	});

	test('does not fire on a table that adds up', () => {
		expect(run(record({ ...table(), self_score: 100 }))).toEqual([]);
	});

	test('fires when the sections do not add up to 100', () => {
		const t = table();
		t.subtotals = t.subtotals.map((s) =>
			s.section === '资金使用效益' ? { ...s, max_points: 31 } : s
		);
		t.scores = t.scores.map((s) => (s.indicator === '效益' ? { ...s, max_points: 31 } : s));
		const found = run(record(t));
		expect(found.map((f) => f.check_id)).toEqual(['score-maxima']);
		expect(found[0]!.message).toContain('各部分分值合计 101 分');
	});
});

describe('stated subtotals', () => {
	test('fires when a stated group score differs from its indicators’ points', () => {
		const t = table();
		t.subtotals.push(subtotal('预算执行', '资金管理', 22, 21));
		const found = run(record(t));
		expect(found.map((f) => [f.check_id, f.severity])).toEqual([['score-subtotal', 'error']]);
		expect(found[0]!.message).toContain('合计 22 分');
	});

	test('does not fire when it matches (to floating-point noise)', () => {
		const t = table({ fundPoints: [2.9, 3, 3, 2, 4, 3, 4] });
		t.subtotals.push(subtotal('预算执行', '资金管理', 22, 21.9));
		expect(run(record({ ...t, self_score: 99.9 }))).toEqual([]);
	});
});

describe('the total against the stated self-score', () => {
	test('points plus 加减分 reach the stated total: no finding', () => {
		const t = table({ fundPoints: [3, 3, 3, 2, 3, 3, 2.7], bonus: 0.5 });
		const facts = [fact('self_score', '98.2分')];
		expect(run(record({ ...t, self_score: 98.2, facts }))).toEqual([]);
	});

	test('fires when they do not, naming the sum and the stated figure', () => {
		const t = table({ fundPoints: [3, 3, 3, 2, 3, 3, 4], bonus: 0.5 });
		const found = run(
			record({
				...t,
				self_score: 98.2,
				facts: [fact('self_score', '98.2分', { quote: '自评结果为98.2分' })]
			})
		);
		expect(found.map((f) => [f.check_id, f.severity])).toEqual([['score-total', 'error']]);
		expect(found[0]!.message).toContain('各指标得分合计 99 分，加减分 0.5 分，共 99.5 分');
		expect(found[0]!.message).toContain('“98.2分”');
		expect(found[0]!.fact_ids).toEqual(['990001-2023#f1']);
	});

	test('the total is capped at 100', () => {
		expect(run(record({ ...table({ bonus: 2 }), self_score: 100 }))).toEqual([]);
		const found = run(record({ ...table({ bonus: 2 }), self_score: 102 }));
		expect(found[0]!.message).toContain('封顶后 100 分');
	});

	test('points above an indicator’s maximum count as stated (rule 2 reports them)', () => {
		const t = table({ fundPoints: [5, 3, 3, 2, 4, 0, 4] });
		expect(run(record({ ...t, self_score: 99 }))).toEqual([]);
	});

	test('rounding edges: a total stated as 97 covers 96.5 up to (truncated) 97.99', () => {
		const withTotal = (base: number[]) =>
			run(record({ ...table({ fundPoints: base }), self_score: 97 }));
		expect(withTotal([3, 3, 3, 2, 4, 3, 1.5])).toEqual([]); // 97.5 rounds to 98 or truncates to 97
		expect(withTotal([3, 3, 3, 2, 4, 3, 0.5])).toEqual([]); // 96.5
		expect(withTotal([3, 3, 3, 2, 4, 3, 0.4])).toHaveLength(1); // 96.4
		expect(withTotal([3, 3, 3, 2, 4, 3, 2.1])).toHaveLength(1); // 98.1
		expect(withTotal([3, 3, 3, 2, 4, 3, 2])).toHaveLength(1); // 98: 97 never stands for 98
		expect(withTotal([3, 3, 3, 2, 4, 3, 1.99])).toEqual([]); // 97.99 truncates to 97
	});
});
