/**
 * Rule 2 — an indicator scored above its maximum (or below zero). When the report
 * explains the points next to them (`自评得分 5 分（含无转移支付 3 分）`), the finding
 * quotes the explanation: it is still points above the maximum the table states.
 */
import { scoreId, type EvaluationRecord, type Score } from '../schema.ts';
import { plain } from './text.ts';
import { findingRows, type Check, type Rule } from './types.ts';

export const pointsOverMax: Check = {
	id: 'points-over-max',
	severity: 'error',
	zh: '指标自评得分高于该指标分值',
	en: 'An indicator is scored above its maximum'
};

export const pointsBelowZero: Check = {
	id: 'points-below-zero',
	severity: 'error',
	zh: '计分指标（加减分项以外）自评得分为负',
	en: 'A scored indicator (other than bonus/penalty points) has negative points'
};

/** Words after the points in the quote, e.g. “含无转移支付 3 分”; null when none. */
export function explanationOf(quote: string): string | null {
	const m = /得分\s*-?[\d.]+\s*分(.*)$/s.exec(quote);
	const rest = m?.[1]?.replace(/\s+/g, ' ').replace(/^[\s,，。;；:：(（]+|[\s,，。;；)）]+$/g, '');
	return rest ? rest : null;
}

function overMax(record: EvaluationRecord, score: Score, index: number) {
	const why = explanationOf(score.quote);
	const said = why
		? { zh: `报告自述：“${why}”。`, en: ` The report explains: “${why}”.` }
		: { zh: '报告未作说明。', en: ' The report gives no explanation.' };
	return findingRows(
		pointsOverMax,
		{
			zh: `${record.report_id}：指标“${score.indicator}”分值 ${plain(score.max_points!)} 分，自评得分 ${plain(score.points)} 分，超出 ${plain(score.points - score.max_points!)} 分。${said.zh}`,
			en: `${record.report_id}: indicator “${score.indicator}” is worth ${plain(score.max_points!)} points but is scored ${plain(score.points)}, ${plain(score.points - score.max_points!)} above its maximum.${said.en}`
		},
		{ scores: [{ record, id: scoreId(record.report_id, index) }] }
	);
}

export const BONUS_SECTION = '加减分';

export const points: Rule = {
	checks: [pointsOverMax, pointsBelowZero],
	run(ctx) {
		return ctx.records.flatMap((record) =>
			record.scores.flatMap((score, index) => {
				if (score.max_points !== null && score.points > score.max_points + 1e-9) {
					return overMax(record, score, index);
				}
				if (score.section !== BONUS_SECTION && score.points < 0) {
					return findingRows(
						pointsBelowZero,
						{
							zh: `${record.report_id}：指标“${score.indicator}”自评得分 ${plain(score.points)} 分，低于 0。`,
							en: `${record.report_id}: indicator “${score.indicator}” is scored ${plain(score.points)}, below zero.`
						},
						{ scores: [{ record, id: scoreId(record.report_id, index) }] }
					);
				}
				return [];
			})
		);
	}
};
