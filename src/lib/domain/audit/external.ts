/**
 * Rule 6 — the self-score against a higher level's assessment the report quotes (乐昌
 * gave itself 100 for 2023 and quotes 韶关's 96). Always reported, as info; as a warning
 * when the self-score exceeds the external score by more than the catalogue's
 * `gap_warning` on external_score. The two may assess different things (a spending
 * evaluation vs a 数字政府 assessment), which is why a small gap is only info.
 */
import { groupBy } from './facts.ts';
import { plain, statement } from './text.ts';
import type { EvaluationRecord } from '../schema.ts';
import { findingRows, type AuditContext, type Check, type Finding, type Rule } from './types.ts';

const EXTERNAL = 'external_score';
const SELF = 'self_score';

export const selfVsExternal: Check = {
	id: 'self-vs-external',
	severity: 'info',
	zh: '自评得分与报告引用的上级考核得分之差（未超过提示线）',
	en: 'The gap between the self-score and the external score the report quotes (within the threshold)'
};

export const selfAboveExternal: Check = {
	id: 'self-above-external',
	severity: 'warning',
	zh: '自评得分比报告引用的上级考核得分高出超过目录规定的分差',
	en: 'The self-score exceeds the external score the report quotes by more than the catalogue’s threshold'
};

function findings(ctx: AuditContext, record: EvaluationRecord): Finding[] {
	const reportId = record.report_id;
	const mine = (ctx.byRecord.get(record) ?? []).filter((f) => f.fact.year === record.year);
	const selfFacts = mine.filter((f) => f.fact.metric === SELF);
	const self = record.self_score ?? selfFacts[0]?.fact.value;
	if (self === undefined) return [];
	const threshold = ctx.metrics.get(EXTERNAL)?.gap_warning;
	const external = groupBy(
		mine.filter((f) => f.fact.metric === EXTERNAL),
		(f) => f.fact.value
	);
	return [...external.values()].flatMap((same) => {
		const ext = same[0]!;
		const gap = self - ext.fact.value;
		const warn = threshold !== undefined && gap > threshold;
		const direction =
			gap > 0
				? { zh: `自评高出 ${plain(gap)} 分`, en: `the self-score is ${plain(gap)} points higher` }
				: gap < 0
					? { zh: `自评低 ${plain(-gap)} 分`, en: `the self-score is ${plain(-gap)} points lower` }
					: { zh: '两者相同', en: 'they are equal' };
		const limit =
			threshold === undefined
				? { zh: '', en: '' }
				: warn
					? {
							zh: `，超过 ${plain(threshold)} 分的提示线`,
							en: `, more than the ${plain(threshold)}-point threshold`
						}
					: {
							zh: `（提示线 ${plain(threshold)} 分）`,
							en: ` (threshold ${plain(threshold)} points)`
						};
		const said = statement(ext, same.length - 1);
		return findingRows(
			warn ? selfAboveExternal : selfVsExternal,
			{
				zh: `${reportId}：自评 ${plain(self)} 分，报告引用的上级考核得分 ${said.zh}；${direction.zh}${limit.zh}。`,
				en: `${reportId}: self-score ${plain(self)}, external score quoted ${said.en}; ${direction.en}${limit.en}.`
			},
			{ facts: [...same, ...selfFacts] }
		);
	});
}

export const external: Rule = {
	checks: [selfVsExternal, selfAboveExternal],
	run(ctx) {
		return ctx.records.flatMap((r) => findings(ctx, r));
	}
};
