/**
 * Rule 3 — scores that do not add up. Indicator maxima against the stated group and
 * section maxima (and the sections against 100); indicator points against stated
 * subtotals; and the indicator points plus 加减分, capped at 100, against the total the
 * report gives itself. Points are summed as stated: an indicator above its maximum is
 * rule 2's finding, not a second one here.
 */
import { scoreId, type EvaluationRecord, type Subtotal } from '../schema.ts';
import { groupBy } from './facts.ts';
import { derivedInterval, overlaps, stepOf } from './precision.ts';
import { BONUS_SECTION } from './points.ts';
import { excerpt, plain } from './text.ts';
import { findingRows, type AuditContext, type Check, type Finding, type Rule } from './types.ts';

export const scoreMaxima: Check = {
	id: 'score-maxima',
	severity: 'warning',
	zh: '指标分值之和与所述的分组、部分分值或满分 100 分不符',
	en: 'Indicator maxima do not add up to the stated group or section maximum, or sections to 100'
};

export const scoreSubtotal: Check = {
	id: 'score-subtotal',
	severity: 'error',
	zh: '指标得分之和与所述的分组或部分得分不符',
	en: 'Indicator points do not add up to a stated group or section subtotal'
};

export const scoreTotal: Check = {
	id: 'score-total',
	severity: 'error',
	zh: '各指标得分加加减分（封顶 100 分）与报告所述总分不符',
	en: 'Indicator points plus bonus/penalty points (capped at 100) differ from the stated total'
};

const TOTAL_MAX = 100;
const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

interface Indexed {
	record: EvaluationRecord;
	id: string;
	section: string;
	group: string | null;
	max: number | null;
	points: number;
}

function indicators(record: EvaluationRecord): Indexed[] {
	return record.scores.map((s, i) => ({
		record,
		id: scoreId(record.report_id, i),
		section: s.section,
		group: s.group ?? null,
		max: s.max_points,
		points: s.points
	}));
}

function where(section: string, group: string | null): string {
	return group && group !== section ? `${section} / ${group}` : section;
}

function statedMax(subtotals: Subtotal[], section: string, group: string | null) {
	return subtotals.find(
		(t) => t.section === section && (t.group ?? null) === group && t.max_points !== null
	)?.max_points;
}

/** A section's maximum from its parts: stated group maxima where given, else indicators. */
function sectionMaxFromParts(record: EvaluationRecord, inSection: Indexed[]): number | null {
	let total = 0;
	for (const [group, members] of groupBy(inSection, (s) => s.group)) {
		const stated =
			group === null ? undefined : statedMax(record.subtotals, members[0]!.section, group);
		if (stated !== undefined && stated !== null) total += stated;
		else if (members.some((m) => m.max === null)) return null;
		else total += sum(members.map((m) => m.max!));
	}
	return total;
}

/** What a stated subtotal's parts are worth: a group's indicators, a section's groups. */
function partsMax(record: EvaluationRecord, t: Subtotal, members: Indexed[]): number | null {
	if (t.group === null || t.group === undefined) return sectionMaxFromParts(record, members);
	return members.some((m) => m.max === null) ? null : sum(members.map((m) => m.max!));
}

function subtotalMaxFindings(record: EvaluationRecord, scored: Indexed[]): Finding[] {
	return record.subtotals.flatMap((t) => {
		const group = t.group ?? null;
		const members = scored.filter(
			(s) => s.section === t.section && (group === null || s.group === group)
		);
		if (t.max_points === null || members.length === 0) return [];
		const total = partsMax(record, t, members);
		if (total === null || same(total, t.max_points)) return [];
		const terms = group === null ? '' : members.map((m) => plain(m.max!)).join(' + ');
		const parts =
			group === null
				? { zh: '各组', en: 'parts' }
				: { zh: ` ${members.length} 个指标`, en: `${members.length} indicators` };
		const quote = excerpt(t.quote, '');
		return findingRows(
			scoreMaxima,
			{
				zh: `${record.report_id}：“${where(t.section, group)}”所述分值 ${plain(t.max_points)} 分（“${quote}”），但其下${parts.zh}分值合计 ${plain(total)} 分${terms && `（${terms}）`}。`,
				en: `${record.report_id}: “${where(t.section, group)}” is stated to be worth ${plain(t.max_points)} points (“${quote}”), but its ${parts.en} are worth ${plain(total)}${terms && ` (${terms})`}.`
			},
			{ scores: members }
		);
	});
}

/** The sections' maxima (stated, else from their parts) against the 100-point scale. */
function scaleFindings(record: EvaluationRecord, scored: Indexed[]): Finding[] {
	const sections = [...groupBy(scored, (s) => s.section)];
	const maxima = sections.map(
		([section, members]) =>
			statedMax(record.subtotals, section, null) ?? sectionMaxFromParts(record, members)
	);
	if (sections.length === 0 || maxima.some((m) => m === null || m === undefined)) return [];
	const total = sum(maxima as number[]);
	if (same(total, TOTAL_MAX)) return [];
	const terms = sections.map(([s], i) => `${s} ${plain(maxima[i]!)}`).join(' + ');
	return findingRows(
		scoreMaxima,
		{
			zh: `${record.report_id}：各部分分值合计 ${plain(total)} 分（${terms}），不是满分 ${TOTAL_MAX} 分。`,
			en: `${record.report_id}: the sections are worth ${plain(total)} points together (${terms}), not ${TOTAL_MAX}.`
		},
		{ scores: scored }
	);
}

function subtotalFindings(record: EvaluationRecord, all: Indexed[]): Finding[] {
	return record.subtotals.flatMap((t) => {
		if (t.points === null || t.points === undefined) return [];
		const group = t.group ?? null;
		const members = all.filter(
			(s) => s.section === t.section && (group === null || s.group === group)
		);
		if (members.length === 0) return [];
		const total = sum(members.map((m) => m.points));
		if (same(total, t.points)) return [];
		return findingRows(
			scoreSubtotal,
			{
				zh: `${record.report_id}：“${where(t.section, group)}”所述得分 ${plain(t.points)} 分（“${excerpt(t.quote, '')}”），但其下指标得分合计 ${plain(total)} 分。`,
				en: `${record.report_id}: “${where(t.section, group)}” is stated to score ${plain(t.points)} (“${excerpt(t.quote, '')}”), but its indicators score ${plain(total)} together.`
			},
			{ scores: members }
		);
	});
}

function totalFindings(ctx: AuditContext, record: EvaluationRecord, all: Indexed[]): Finding[] {
	const scored = all.filter((s) => s.section !== BONUS_SECTION);
	if (scored.length === 0) return [];
	const base = sum(scored.map((s) => s.points));
	const bonus = sum(all.filter((s) => s.section === BONUS_SECTION).map((s) => s.points));
	const total = Math.min(TOTAL_MAX, base + bonus);
	const metric = ctx.metrics.get('self_score');
	const stated = (ctx.byRecord.get(record) ?? []).filter(
		(f) => f.fact.metric === 'self_score' && f.fact.year === record.year
	);
	const wrong = stated.filter(
		(f) => !overlaps({ lo: total, hi: total }, derivedInterval(f.fact, f.step, metric))
	);
	const own = record.self_score;
	const ownFigure = own === null ? '' : `${own} 分`;
	const ownWrong =
		own !== null &&
		!stated.some((f) => same(f.fact.value, own)) &&
		!overlaps(
			{ lo: total, hi: total },
			derivedInterval(
				{ value: own, qualifier: 'eq' },
				stepOf({ value: own, figure: ownFigure }),
				metric
			)
		);
	if (wrong.length === 0 && !ownWrong) return [];
	const said = [
		...wrong.map((f) => `“${f.fact.figure}”（“${excerpt(f.fact.quote, f.fact.figure)}”）`),
		...(ownWrong ? [`“${ownFigure}”`] : [])
	];
	const cap = base + bonus > TOTAL_MAX ? `，封顶后 ${plain(total)} 分` : '';
	const capEn = base + bonus > TOTAL_MAX ? `, ${plain(total)} after the cap` : '';
	return findingRows(
		scoreTotal,
		{
			zh: `${record.report_id}：各指标得分合计 ${plain(base)} 分，加减分 ${plain(bonus)} 分，共 ${plain(base + bonus)} 分${cap}；报告所述总分 ${said.join('、')} 与之不符。`,
			en: `${record.report_id}: the indicators score ${plain(base)} and bonus/penalty points ${plain(bonus)}, ${plain(base + bonus)} in all${capEn}; the stated total ${said.join(', ')} differs.`
		},
		{ facts: wrong, scores: all }
	);
}

export const scoreSums: Rule = {
	checks: [scoreMaxima, scoreSubtotal, scoreTotal],
	run(ctx) {
		return ctx.records.flatMap((record) => {
			const all = indicators(record);
			if (all.length === 0) return [];
			const scored = all.filter((s) => s.section !== BONUS_SECTION);
			return [
				...subtotalMaxFindings(record, scored),
				...scaleFindings(record, scored),
				...subtotalFindings(record, all),
				...totalFindings(ctx, record, all)
			];
		});
	}
};
