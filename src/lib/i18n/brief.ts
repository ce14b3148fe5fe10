/** The city briefing, and the words around computed figures (计算值). */
import { withParams } from './translate.ts';

export const brief = {
	brief_title: withParams<{ city: string; year: number }>(
		(p) => `${p.city} ${p.year}年 县域政务服务绩效简报 · 绩效对比看板`,
		(p) => `${p.city} ${p.year}: county performance briefing · Yardstick`
	),
	brief_heading: withParams<{ city: string; year: number }>(
		(p) => `${p.city} ${p.year}年 县域政务服务绩效简报`,
		(p) => `${p.city}, ${p.year}: county government-service performance`
	),
	brief_description: withParams<{ city: string; year: number }>(
		(p) =>
			`${p.city}各县（市、区）${p.year}年绩效自评报告的一页对比：可比指标与排名、审核发现、报告覆盖、计算值，数字均注明出处。`,
		(p) =>
			`One page comparing ${p.city}’s counties’ ${p.year} self-evaluation reports: comparable figures and ranks, audit findings, coverage, computed figures, each sourced.`
	),
	brief_lead: withParams<{ n: number }>(
		(p) =>
			`本简报比较 ${p.n} 个县（市、区）的绩效自评报告。数字均引自报告原文（上标为来源编号，见文末）；“计算值”由页面写明的公式从两个报告数字算出。`,
		(p) =>
			`This briefing compares ${p.n} counties’ self-evaluation reports. Figures are quoted from the reports (superscripts number the sources, listed at the end); “computed” figures follow from two stated ones by the formula shown.`
	),
	brief_print: { zh: '打印或另存为 PDF', en: 'Print or save as PDF' },
	brief_print_hint: {
		zh: '转发给领导：用浏览器的“打印”，选择“另存为 PDF”，A4 纵向，一至两页。',
		en: 'To forward it: use the browser’s Print and choose “Save as PDF”, A4 portrait, one or two pages.'
	},
	brief_figures_heading: { zh: '可比指标与排名', en: 'Comparable figures and ranks' },
	brief_figures_caption: withParams<{ year: number; n: number }>(
		(p) => `${p.year}年 至少两个县报告的指标（${p.n} 个）`,
		(p) => `Metrics two or more counties state, ${p.year} (${p.n})`
	),
	brief_single_note: withParams<{ n: number }>(
		(p) => `另有 ${p.n} 个指标只有一个县报告，见指标矩阵。`,
		(p) => `${p.n} more metric(s) are stated by one county only: see the matrix.`
	),
	brief_no_comparable: {
		zh: '这一年没有两个县都报告的指标。',
		en: 'No metric is stated by two counties this year.'
	},
	brief_charts_heading: { zh: '排名图', en: 'Rankings' },
	brief_findings_none: { zh: '没有审核发现。', en: 'No findings.' },
	brief_derived_heading: { zh: '计算值', en: 'Computed figures' },
	brief_derived_lead: {
		zh: '以下数字不是报告写出的，而是由两个报告数字按所列公式算出；只有两个数字都是确切值（非“≥”“≈”）、口径相同、范围相同时才计算。',
		en: 'These figures are not stated by the reports: each follows from two stated figures by the formula shown, computed only when both are exact (no “≥”, “≈”), on the same basis and of the same scope.'
	},
	brief_derived_none: {
		zh: '没有可以计算的数字。',
		en: 'Nothing could be computed.'
	},
	brief_refused_heading: { zh: '未计算', en: 'Not computed' },
	brief_sources_heading: { zh: '来源', en: 'Sources' },
	brief_source_page: { zh: '原文', en: 'full text' },
	computed_mark: { zh: '计算值', en: 'computed' },
	derived_what: { zh: '计算项', en: 'What' },
	derived_formula: { zh: '公式', en: 'Formula' },
	derived_inputs: { zh: '所用数字（原文）', en: 'Figures used (as quoted)' },
	'derived_budget-execution': { zh: '预算执行率', en: 'Budget execution' },
	'derived_per-kiosk': { zh: '粤智助每台业务量', en: 'Yuezhizhu transactions per kiosk' },
	derived_change: withParams<{ metric: string }>(
		(p) => `${p.metric}同比变化`,
		(p) => `${p.metric}, change on the year before`
	),
	formula_ratio: withParams<{ a: string; b: string }>(
		(p) => `${p.a} ÷ ${p.b} × 100%`,
		(p) => `${p.a} ÷ ${p.b} × 100%`
	),
	formula_per: withParams<{ a: string; b: string }>(
		(p) => `${p.a} ÷ ${p.b}`,
		(p) => `${p.a} ÷ ${p.b}`
	),
	formula_change: withParams<{ a: string; b: string }>(
		(p) => `（${p.a} − ${p.b}）÷ ${p.b} × 100%`,
		(p) => `(${p.a} − ${p.b}) ÷ ${p.b} × 100%`
	),
	formula_term: withParams<{ year: number; metric: string }>(
		(p) => `${p.year}年${p.metric}`,
		(p) => `${p.metric} ${p.year}`
	),
	refused_missing: { zh: '缺少其中一个数字', en: 'one of the figures is not stated' },
	refused_qualified: {
		zh: '其中一个数字是“≥”“≈”等非确切值',
		en: 'a figure is a bound or an approximation (≥, ≈)'
	},
	refused_contradicted: {
		zh: '报告对其中一个数字说法不一',
		en: 'the reports contradict each other on a figure'
	},
	refused_basis: {
		zh: '口径不同（如累计数与年度数）',
		en: 'the bases differ (e.g. cumulative against annual)'
	},
	refused_scope: {
		zh: '范围不同（项目数字不能与部门数字相除）',
		en: 'the scopes differ (a project figure against a department figure)'
	},
	refused_part: { zh: '其中一个数字只涉及部分范围', en: 'a figure covers only part of the scope' },
	refused_region: { zh: '不是同一个县', en: 'not the same county' },
	refused_year: { zh: '年度不对应', en: 'the years do not match' },
	refused_zero: { zh: '除数为 0', en: 'the divisor is 0' },
	city_briefs: { zh: '一页简报（可打印）', en: 'One-page briefings (printable)' },
	brief_link: withParams<{ place: string; year: number }>(
		(p) => `${p.place} ${p.year}年 一页简报`,
		(p) => `${p.place} ${p.year}: one-page briefing`
	)
} as const;
