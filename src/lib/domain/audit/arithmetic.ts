/**
 * Figures that are defined by others, as the catalogue declares: a rate stated beside
 * its numerator and denominator (`ratio_of`), a total beside its parts (`sum_of`), and
 * a project's 结余 beside its budget and spending.
 */
import { pick, statementsOf } from './facts.ts';
import { add, derivedInterval, overlaps, percentOf, subtract, type Interval } from './precision.ts';
import { amountLike, join, metricName, plain, quantityLabel, statement } from './text.ts';
import {
	findingRows,
	type AuditContext,
	type Check,
	type Finding,
	type LocatedFact,
	type Rule
} from './types.ts';

export const statedRatio: Check = {
	id: 'stated-ratio',
	severity: 'error',
	zh: '所述比率与同一报告所述的分子、分母不符（允许四舍五入或截断）',
	en: 'A stated rate does not follow from the numerator and denominator stated with it (rounded or truncated)'
};

export const sumOfParts: Check = {
	id: 'sum-of-parts',
	severity: 'error',
	zh: '合计数与其组成部分之和不符（如支出决算 ≠ 基本支出 + 项目支出）',
	en: 'A total differs from the sum of its parts (e.g. final expenditure ≠ basic + project expenditure)'
};

export const projectBalance: Check = {
	id: 'project-balance',
	severity: 'warning',
	zh: '项目结余不等于预算（有调整时为调整后预算）减去支出',
	en: 'A project’s unspent balance is not its budget (adjusted, when stated) minus its spending'
};

function ratioFindings(ctx: AuditContext, rate: LocatedFact): Finding[] {
	const def = rate.metric?.ratio_of;
	if (!def) return [];
	const own = rate.record.report_id;
	const num = pick(statementsOf(ctx, rate, def.numerator), own);
	const den = pick(statementsOf(ctx, rate, def.denominator), own);
	if (!num || !den) return [];
	const computed = percentOf(num.stated, den.stated);
	if (!computed || overlaps(computed, derivedInterval(rate.fact, rate.step, rate.metric))) {
		return [];
	}
	const exact = (100 * num.fact.value) / den.fact.value;
	const label = quantityLabel(rate);
	const [r, n, d] = [statement(rate), statement(num), statement(den)];
	return findingRows(
		statedRatio,
		{
			zh: `${label.zh}陈述为 ${r.zh}，但 ${n.zh} ÷ ${d.zh} = ${plain(exact, 2)}%。`,
			en: `${label.en} is stated as ${r.en}, but ${n.en} ÷ ${d.en} = ${plain(exact, 2)}%.`
		},
		{ facts: [rate, num, den] }
	);
}

function sumFindings(ctx: AuditContext, group: LocatedFact[]): Finding[] {
	const parts = group[0]!.metric?.sum_of;
	if (!parts) return [];
	const total = pick(group)!;
	const picked = parts.map((m) => pick(statementsOf(ctx, total, m), total.record.report_id));
	if (picked.some((p) => !p)) return [];
	const found = picked as LocatedFact[];
	const bounds = found.map((p) => p.stated).reduce<Interval>(add, { lo: 0, hi: 0 });
	if (overlaps(total.stated, bounds)) return [];
	const exact = found.reduce((s, p) => s + p.fact.value, 0);
	const label = quantityLabel(total);
	const terms = join(
		found.map((p) => {
			const [name, said] = [metricName(p), statement(p)];
			return { zh: `${name.zh} ${said.zh}`, en: `${name.en} ${said.en}` };
		}),
		' + ',
		' + '
	);
	const [sum, gap] = [amountLike(total, exact), amountLike(total, total.fact.value - exact)];
	return findingRows(
		sumOfParts,
		{
			zh: `${label.zh}陈述为 ${statement(total).zh}，但 ${terms.zh} 合计 ${sum}，相差 ${gap}。`,
			en: `${label.en} is stated as ${statement(total).en}, but ${terms.en} add up to ${sum}, ${gap} apart.`
		},
		{ facts: [total, ...found] }
	);
}

function balanceFindings(ctx: AuditContext, group: LocatedFact[]): Finding[] {
	const carry = pick(group)!;
	if (carry.scope !== 'project' || carry.fact.metric !== 'carryover') return [];
	const own = carry.record.report_id;
	const spent = pick(statementsOf(ctx, carry, 'expenditure_final'), own);
	const budget =
		pick(statementsOf(ctx, carry, 'budget_adjusted'), own) ??
		pick(statementsOf(ctx, carry, 'budget_initial'), own);
	if (!spent || !budget) return [];
	if (overlaps(carry.stated, subtract(budget.stated, spent.stated))) return [];
	const exact = budget.fact.value - spent.fact.value;
	const label = quantityLabel(carry);
	const [c, b, s] = [statement(carry), statement(budget), statement(spent)];
	return findingRows(
		projectBalance,
		{
			zh: `${label.zh}陈述为 ${c.zh}，但预算 ${b.zh} 减支出 ${s.zh} 为 ${amountLike(carry, exact)}。`,
			en: `${label.en} is stated as ${c.en}, but the budget ${b.en} minus spending ${s.en} is ${amountLike(carry, exact)}.`
		},
		{ facts: [carry, budget, spent] }
	);
}

export const arithmetic: Rule = {
	checks: [statedRatio, sumOfParts, projectBalance],
	run(ctx) {
		const groups = [...ctx.byQuantity.values()];
		return [
			...ctx.facts.flatMap((f) => ratioFindings(ctx, f)),
			...groups.flatMap((g) => sumFindings(ctx, g)),
			...groups.flatMap((g) => balanceFindings(ctx, g))
		];
	}
};
