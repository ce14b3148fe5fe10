/** The county profile, its charts (trends, indicators) and the figures it lists. */
import { withParams } from './translate.ts';

type Name = { name: string };

export const county = {
	county_title: withParams<Name>(
		(p) => `${p.name} · 县域档案 · 绩效对比看板`,
		(p) => `${p.name} · County profile · Yardstick`
	),
	county_description: withParams<Name>(
		(p) =>
			`${p.name}政务服务数据管理局历年绩效自评报告：预算与支出、自评得分与上级考核、逐项指标得分、政务服务数据与审核发现，每个数字注明原文出处。`,
		(p) =>
			`${p.name}’s self-evaluation reports over the years: budget and spending, self-scores and external scores, scored indicators, service figures and audit findings, every number with its source.`
	),
	/** `how`: figures.how_to_read. */
	county_lead: withParams<Name & { years: string; n: number; how: string }>(
		(p) =>
			`${p.name}政务服务数据管理局 ${p.years} 年共 ${p.n} 份绩效自评报告的数字。每个数字后的注释号链接到报告原文中的那一句。${p.how}`,
		(p) =>
			`Figures from ${p.name}’s ${p.n} self-evaluation report(s), ${p.years}. Every note links to the sentence in the report. ${p.how}`
	),
	chooser_label: { zh: '选择县（市、区）', en: 'Choose a county' },
	chooser_heading: withParams<{ province: string }>(
		(p) => `${p.province}县（市、区）档案：`,
		(p) => `County profiles in ${p.province}:`
	),
	main_figures: { zh: '主要数字', en: 'Main figures' },
	only_projects_apart: withParams<Name>(
		(p) =>
			`${p.name}目前只有项目绩效自评报告，没有部门整体报告，因此不列部门预算总数；各项目的数字分列如下，不可相加。`,
		(p) =>
			`${p.name} has only project reports, so there are no department totals; each project’s figures are listed apart and must not be added up.`
	),
	trends_heading: {
		zh: '预算、支出与得分（历年）',
		en: 'Budget, spending and scores over the years'
	},
	indicators_heading: {
		zh: '指标得分明细（得分对照分值）',
		en: 'Scored indicators (points against maximum)'
	},
	no_indicators: withParams<Name>(
		(p) => `${p.name}的报告没有列出逐项指标得分。`,
		(p) => `${p.name}’s reports do not list scores per indicator.`
	),
	service_heading: { zh: '政务服务数据（历年）', en: 'Service figures over the years' },
	other_heading: { zh: '其他政务服务数据（逐年）', en: 'Other service figures by year' },
	other_hint: {
		zh: '政务服务、粤系列平台、数据共享、政务云与网络、网站与热线方面只有一年数字或上面未画图的指标。“其中”表示只涵盖一部分（如某类数据）的数字，与整体分列。',
		en: 'Service, platform, data, network, website and hotline metrics stated for one year only or not charted above. “of which” marks a figure covering only a part, listed apart from the whole.'
	},
	other_caption: withParams<Name>(
		(p) => `${p.name}：其他政务服务数据（逐年）`,
		(p) => `${p.name}: other service figures by year`
	),
	other_file: withParams<Name>(
		(p) => `${p.name}-其他政务服务数据`,
		(p) => `${p.name}-other-service-figures`
	),
	of_which: withParams<{ part: string }>(
		(p) => `（其中：${p.part}）`,
		(p) => ` (of which: ${p.part})`
	),

	headline_previous: withParams<{ year: number }>(
		(p) => `${p.year}年：`,
		(p) => `${p.year}: `
	),
	headline_change: { zh: '较上年', en: 'change' },
	headline_no_change: {
		zh: '不计算变化（非确数、说法不一或口径不同）',
		en: 'no change computed (not exact, disputed or not comparable)'
	},
	headline_formula: {
		zh: '较上年变化 = (本年 − 上年) ÷ 上年。只在两年的数字都是确数（同一数字多处所写一致）、口径与范围相同时计算；写作“超过”“约”的数字、前后说法不一的数字不计算变化。',
		en: 'Change = (this year − last year) ÷ last year, computed only when both years are stated exactly (restatements agreeing) on the same basis and scope; figures written as “more than” or “about”, or stated inconsistently, get no change.'
	},
	projects_caption: {
		zh: '各项目预算与支出（各自独立，不可相加为部门总额）',
		en: 'Budget and spending by project (separate projects, not a department total)'
	},
	project_heading: { zh: '项目', en: 'Project' },
	figures_heading: { zh: '数字', en: 'Figures' },

	trend_budget: { zh: '预算与支出', en: 'Budget and spending' },
	trend_scores: { zh: '自评得分与上级考核得分', en: 'Self-assessed vs external score' },
	trend_projects: {
		zh: '各项目预算与支出（分项目，不可相加）',
		en: 'Budget and spending by project (not additive)'
	},
	trend_source: {
		zh: '数据来源：各年度绩效自评报告原文，见表中注释。',
		en: 'Source: each year’s self-evaluation report, see the notes in the table.'
	},
	note_mixed_any: {
		zh: '注意：本图混合了不同口径（年度数、累计数或时点数）：各口径分列、标明口径，不能直接比较，也不表示逐年变化；累计数已标“累计”。',
		en: 'Note: this chart mixes bases (annual, cumulative, point-in-time): each basis is its own series, named by it, not comparable with the others and not a change from year to year; cumulative figures are marked.'
	},

	indicators_title: withParams<Name & { year: number; project?: string | null }>(
		(p) => `${p.name} · ${p.year}年度指标得分明细${p.project ? `《${p.project}》` : ''}`,
		(p) => `${p.name} · ${p.year}: scored indicators${p.project ? ` “${p.project}”` : ''}`
	),
	indicator_heading: { zh: '指标', en: 'Indicator' },
	section_heading: { zh: '部分', en: 'Section' },
	group_heading: { zh: '指标组', en: 'Group' },
	max_points_heading: { zh: '分值', en: 'Maximum' },
	points_heading: { zh: '得分', en: 'Points' },
	flag_heading: { zh: '标记', en: 'Flag' },
	quote_heading: { zh: '原文', en: 'Quote' },
	above_max: { zh: '⚠超出分值', en: '⚠ above maximum' },
	quoted_points: withParams<{ indicator: string; points: string }>(
		(p) => `“${p.indicator}”${p.points}`,
		(p) => `“${p.indicator}” ${p.points}`
	),
	indicators_over: withParams<{ list: string }>(
		(p) => `${p.list}：得分高于该指标分值，已列入审核发现。`,
		(p) => `${p.list}: scored above the indicator's maximum (an audit finding).`
	),
	indicators_source: {
		zh: '数据来源：报告中的绩效自评指标表，每项得分见表中“原文”链接。',
		en: "Source: the report's scoring table; each indicator links to its sentence."
	},
	indicators_file: withParams<Name & { year: number }>(
		(p) => `${p.name}-${p.year}-指标得分`,
		(p) => `${p.name}-${p.year}-indicators`
	)
} as const;
