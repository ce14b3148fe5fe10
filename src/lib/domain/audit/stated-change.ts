/**
 * Rule 4 — a stated change against the two figures it compares: “年初预算增长 6.24%”
 * against this year's and last year's 年初预算 (metric `change_of` in the catalogue).
 * The two amounts come from the same report when it states them, else from any report
 * about the same subject. The rate may be rounded or truncated (see precision.ts).
 */
import { pick, statementsOf } from './facts.ts';
import { derivedInterval, overlaps, percentChange } from './precision.ts';
import { metricName, plain, statement } from './text.ts';
import { findingRows, type Check, type LocatedFact, type Rule } from './types.ts';

export const statedChange: Check = {
	id: 'stated-change',
	severity: 'error',
	zh: '所述增减幅度与其比较的两个年度数字不符（按所述精度，允许四舍五入或截断）',
	en: 'A stated change does not follow from the two figures it compares (rounded or truncated at the precision stated)'
};

/** A signed percentage with the sign written out. */
export function signed(n: number, decimals: number): string {
	return `${n > 0 ? '+' : ''}${plain(n, decimals)}%`;
}

function check(ctx: Parameters<Rule['run']>[0], change: LocatedFact) {
	const base = change.metric?.change_of;
	if (!base) return [];
	const year = change.fact.year;
	const own = change.record.report_id;
	const after = pick(statementsOf(ctx, change, base, year), own);
	const before = pick(statementsOf(ctx, change, base, year - 1), own);
	if (!after || !before) return [];
	const computed = percentChange(after.stated, before.stated);
	if (!computed || overlaps(computed, derivedInterval(change.fact, change.step, change.metric))) {
		return [];
	}
	const exact = (after.fact.value / before.fact.value - 1) * 100;
	const decimals = Math.max(2, -Math.floor(Math.log10(change.step)) + 2);
	const name = metricName(after);
	const said = statement(change);
	const a = statement(after);
	const b = statement(before);
	return findingRows(
		statedChange,
		{
			zh: `${own}：所述 ${year} 年${name.zh}变化 ${said.zh}，但按 ${year} 年 ${a.zh} 与 ${year - 1} 年 ${b.zh} 计算为 ${signed(exact, decimals)}。`,
			en: `${own}: the stated change in ${name.en} for ${year}, ${said.en}, does not follow from ${year}'s ${a.en} and ${year - 1}'s ${b.en}, which give ${signed(exact, decimals)}.`
		},
		{ facts: [change, after, before] }
	);
}

export const statedChanges: Rule = {
	checks: [statedChange],
	run(ctx) {
		return ctx.facts.flatMap((f) => check(ctx, f));
	}
};
