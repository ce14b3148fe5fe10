/**
 * Rule 1 — the same figure stated with two values: same region, metric, year, basis,
 * scope and part, inside one report or across reports (a later report restating an
 * earlier year). Values that agree at the precision stated, or that a qualifier makes
 * compatible, are not a conflict (see precision.ts).
 */
import { groupBy } from './facts.ts';
import { overlaps } from './precision.ts';
import { join, quantityLabel, statement, whereSaid } from './text.ts';
import { findingRows, type Check, type Finding, type LocatedFact, type Rule } from './types.ts';

export const conflictingFigures: Check = {
	id: 'conflicting-figures',
	severity: 'error',
	zh: '同一年度数（同一指标、地区、年度、范围）被陈述为互不相容的两个值',
	en: 'The same annual figure (metric, region, year, scope) is stated with incompatible values'
};

export const conflictingLevels: Check = {
	id: 'conflicting-levels',
	severity: 'warning',
	zh: '同一年度的同一时点数或累计数被陈述为互不相容的值（可能指年内不同时点，仍需说明）',
	en: 'The same level or running total for a year is stated with incompatible values (they may refer to different dates, which the report does not say)'
};

/** The statements in a group that no value could reconcile with at least one other. */
function clashing(group: LocatedFact[]): LocatedFact[] {
	return group.filter((a) => group.some((b) => b !== a && !overlaps(a.stated, b.stated)));
}

/** Statements grouped by the value they state, in order of first appearance. */
function versions(facts: LocatedFact[]): LocatedFact[][] {
	return [...groupBy(facts, (f) => `${f.fact.qualifier}|${f.fact.value}`).values()];
}

function conflictFindings(group: LocatedFact[]): Finding[] {
	const involved = clashing(group);
	if (involved.length === 0) return [];
	const first = involved[0]!;
	const check = first.fact.basis === 'annual' ? conflictingFigures : conflictingLevels;
	const label = quantityLabel(first);
	const where = whereSaid(involved);
	const listed = join(versions(involved).map((v) => statement(v[0]!, v.length - 1)));
	return findingRows(
		check,
		{
			zh: `${label.zh}${where.zh}前后不一：${listed.zh}。按所述精度，这些数值不能同时成立。`,
			en: `${label.en} is stated with different values ${where.en}: ${listed.en}. At the precision stated they cannot all be true.`
		},
		{ facts: involved }
	);
}

export const conflicts: Rule = {
	checks: [conflictingFigures, conflictingLevels],
	run(ctx) {
		return [...ctx.byQuantity.values()].filter((g) => g.length > 1).flatMap(conflictFindings);
	}
};
