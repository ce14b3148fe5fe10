/**
 * Rule 5 — values that cannot be: a figure outside its metric's range (a coverage rate
 * above 100%, a negative amount; execution rates have no `max` and may exceed 100%), a
 * running total that falls from one year to a later one or sits below the same year's
 * annual figure, and parts (`part`) that add up to more than the whole they belong to.
 */
import { groupBy, pick, subjectKey } from './facts.ts';
import { add, type Interval } from './precision.ts';
import { join, plain, quantityLabel, statement } from './text.ts';
import {
	findingRows,
	type AuditContext,
	type Check,
	type Finding,
	type LocatedFact,
	type Rule
} from './types.ts';

export const outOfRange: Check = {
	id: 'out-of-range',
	severity: 'error',
	zh: '数值超出该指标可能的范围（如覆盖率超过 100%、金额为负）',
	en: 'A value outside what the metric allows (e.g. a coverage rate above 100%, a negative amount)'
};

export const cumulativeDecrease: Check = {
	id: 'cumulative-decrease',
	severity: 'warning',
	zh: '累计数较之前年度所述的累计数减少',
	en: 'A running total is lower than the one stated for an earlier year'
};

export const cumulativeBelowAnnual: Check = {
	id: 'cumulative-below-annual',
	severity: 'warning',
	zh: '累计数低于同年或之前年度的年度数',
	en: 'A running total is lower than an annual figure for the same or an earlier year'
};

export const partExceedsWhole: Check = {
	id: 'part-exceeds-whole',
	severity: 'error',
	zh: '各组成部分（part）之和大于所述的整体数',
	en: 'The parts (`part`) of a figure add up to more than the whole stated for it'
};

const EPS = 1e-9;

function rangeFindings(f: LocatedFact): Finding[] {
	const metric = f.metric;
	if (!metric) return [];
	const min = metric.min ?? 0;
	const above = metric.max !== undefined && f.stated.lo > metric.max + EPS;
	const below = f.stated.hi < min - EPS;
	if (!above && !below) return [];
	const bound = above ? metric.max! : min;
	const label = quantityLabel(f);
	const said = statement(f);
	return findingRows(
		outOfRange,
		{
			zh: `${label.zh}陈述为 ${said.zh}，${above ? '高于上限' : '低于下限'} ${plain(bound)}${metric.unit}。`,
			en: `${label.en} is stated as ${said.en}, ${above ? 'above the maximum' : 'below the minimum'} of ${plain(bound)}${metric.unit}.`
		},
		{ facts: [f] }
	);
}

/** Each (metric, subject) series: the running totals and the annual figures, by year. */
function seriesFindings(series: LocatedFact[]): Finding[] {
	const out: Finding[] = [];
	const cumulative = series.filter((f) => f.fact.basis === 'cumulative');
	for (const later of cumulative) {
		for (const earlier of cumulative) {
			if (earlier.fact.year >= later.fact.year || later.stated.hi >= earlier.stated.lo - EPS) {
				continue;
			}
			const [e, l] = [statement(earlier), statement(later)];
			const [el, ll] = [quantityLabel(earlier), quantityLabel(later)];
			out.push(
				...findingRows(
					cumulativeDecrease,
					{
						zh: `${ll.zh}陈述为 ${l.zh}，低于${el.zh} ${e.zh}；累计数不应减少。`,
						en: `${ll.en} is stated as ${l.en}, lower than ${el.en} ${e.en}; a running total cannot fall.`
					},
					{ facts: [earlier, later] }
				)
			);
		}
		for (const annual of series) {
			if (
				annual.fact.basis !== 'annual' ||
				annual.fact.year > later.fact.year ||
				later.stated.hi >= annual.stated.lo - EPS
			) {
				continue;
			}
			const [a, l] = [statement(annual), statement(later)];
			const [al, ll] = [quantityLabel(annual), quantityLabel(later)];
			out.push(
				...findingRows(
					cumulativeBelowAnnual,
					{
						zh: `${ll.zh}陈述为 ${l.zh}，低于${al.zh} ${a.zh}。`,
						en: `${ll.en} is stated as ${l.en}, lower than ${al.en} ${a.en}.`
					},
					{ facts: [annual, later] }
				)
			);
		}
	}
	return out;
}

/** The parts of one quantity (same everything but `part`) against its whole. */
function partFindings(group: LocatedFact[]): Finding[] {
	const wholes = group.filter((f) => f.part === null);
	const byPart = groupBy(
		group.filter((f) => f.part !== null),
		(f) => f.part
	);
	if (wholes.length === 0 || byPart.size === 0) return [];
	const parts = [...byPart.values()].map((list) => pick(list)!);
	const sum = parts.map((p) => p.stated).reduce<Interval>(add, { lo: 0, hi: 0 });
	return wholes.flatMap((whole) => {
		if (sum.lo <= whole.stated.hi + EPS) return [];
		const label = quantityLabel(whole);
		const listed = join(
			parts.map((p) => {
				const s = statement(p);
				return { zh: `${p.part} ${s.zh}`, en: `${p.part} ${s.en}` };
			}),
			' + ',
			' + '
		);
		const total = parts.reduce((s, p) => s + p.fact.value, 0);
		return findingRows(
			partExceedsWhole,
			{
				zh: `${label.zh}陈述为 ${statement(whole).zh}，但其组成部分 ${listed.zh} 合计 ${plain(total)}，大于整体。`,
				en: `${label.en} is stated as ${statement(whole).en}, but its parts ${listed.en} add up to ${plain(total)}, more than the whole.`
			},
			{ facts: [whole, ...parts] }
		);
	});
}

export const impossible: Rule = {
	checks: [outOfRange, cumulativeDecrease, cumulativeBelowAnnual, partExceedsWhole],
	run(ctx: AuditContext) {
		const series = groupBy(ctx.facts, (f) => `${subjectKey(f)}|${f.fact.metric}`);
		const wholes = groupBy(ctx.facts, (f) =>
			[
				f.record.region_code,
				f.scope,
				f.project ?? '',
				f.fact.metric,
				f.fact.year,
				f.fact.basis
			].join('|')
		);
		return [
			...ctx.facts.flatMap(rangeFindings),
			...[...series.values()].flatMap(seriesFindings),
			...[...wholes.values()].flatMap(partFindings)
		];
	}
};
