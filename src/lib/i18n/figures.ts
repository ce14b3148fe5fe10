/**
 * Words around stated figures, used on every page: bases, contradictions, ranks,
 * directions, where a figure comes from, and how to read ≥ ≈ 累计.
 */
import { withParams } from './translate.ts';

type Report = { region?: string; year: number; project?: string | null };
const who = (p: Report) => (p.region ? `${p.region} ` : '');

export const figures = {
	basis_annual: { zh: '年度数', en: 'annual' },
	basis_cumulative: { zh: '累计数', en: 'cumulative' },
	basis_point: { zh: '时点数', en: 'point in time' },
	basis_heading: { zh: '口径', en: 'Basis' },
	mixed_bases: { zh: '混合口径', en: 'mixed bases' },

	/** Two statements of one figure disagree: both are shown, none is picked. */
	reports_disagree: { zh: '说法不一', en: 'reports disagree' },
	reports_disagree_aside: { zh: '（报告说法不一）', en: ' (reports disagree)' },
	disagree_not_ranked: { zh: '说法不一，不排名', en: 'reports disagree, not ranked' },
	other_basis_not_ranked: { zh: '口径不同，不排名', en: 'other basis, not ranked' },
	other_basis_figure_not_ranked: {
		zh: '口径与本指标不同，不参与排名',
		en: 'on another basis, not ranked'
	},
	basis_not_ranked: withParams<{ basis: string }>(
		(p) => `${p.basis}，不排名`,
		(p) => `${p.basis}, not ranked`
	),
	no_direction: { zh: '无优劣方向', en: 'no better direction' },
	no_direction_not_ranked: { zh: '无优劣方向，不排名', en: 'no better direction, not ranked' },
	project_not_ranked: { zh: '项目，不排名', en: 'project, not ranked' },
	project_figure_not_ranked: { zh: '项目数字，不参与排名', en: 'project figure, not ranked' },
	better_higher: { zh: '越高越好', en: 'higher is better' },
	better_lower: { zh: '越低越好', en: 'lower is better' },
	also_stated: { zh: '另报 ', en: 'also ' },

	year: withParams<{ year: number }>(
		(p) => `${p.year}年`,
		(p) => String(p.year)
	),
	year_of_report: withParams<{ year: number }>(
		(p) => `${p.year}年度`,
		(p) => String(p.year)
	),
	/** A report named by its year (and county, and project): 乐昌市 2023年报告. */
	report_of: withParams<Report>(
		(p) => `${who(p)}${p.year}年${p.project ? `《${p.project}》` : ''}报告`,
		(p) => `${who(p)}${p.year}${p.project ? ` “${p.project}”` : ''} report`
	),
	source_link: { zh: '原文', en: 'src' },
	source_link_label: withParams<Report>(
		(p) => `原文：${who(p)}${p.year}年报告`,
		(p) => `Source: ${who(p)}${p.year} report`
	),
	note_label: withParams<{ n: number }>(
		(p) => `注释 ${p.n}`,
		(p) => `note ${p.n}`
	),
	as_written: withParams<{ label: string }>(
		(p) => `${p.label}（原文写法）`,
		(p) => `${p.label} (as written)`
	),
	qualifier_heading: { zh: '限定（eq/ge/le/approx）', en: 'Qualifier (eq/ge/le/approx)' },
	report_heading: { zh: '报告', en: 'Report' },
	with_unit: withParams<{ label: string; unit: string }>(
		(p) => `${p.label}（${p.unit}）`,
		(p) => `${p.label} (${p.unit})`
	),
	list_separator: { zh: '、', en: ', ' },
	/** A remark in brackets after a name: 新丰县（未报告）. */
	aside: withParams<{ text: string }>(
		(p) => `（${p.text}）`,
		(p) => ` (${p.text})`
	),

	/** How to read a figure, said once for every page that explains it. */
	how_to_read: {
		zh: '数字按报告原样呈现：“≥”表示报告写的是“超过、突破、以上”，“≈”表示“约、左右”，“累计”表示多年累计数；报告没有写的显示为“未报告”，不当作 0。',
		en: 'Figures are shown as the reports state them: “≥” for “more than”, “≈” for “about”, “cumulative” for multi-year totals; a figure a report does not state shows as “not reported”, never as 0.'
	}
} as const;
