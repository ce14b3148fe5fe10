/** The audit page and the findings shown on county profiles. */
import { withParams } from './translate.ts';

export const audit = {
	severity_error: { zh: '错误', en: 'Error' },
	severity_warning: { zh: '警告', en: 'Warning' },
	severity_info: { zh: '提示', en: 'Info' },
	severity_heading: { zh: '严重程度', en: 'Severity' },
	severity_text_heading: { zh: '严重程度', en: 'severity (text)' },
	rule_heading: { zh: '规则', en: 'Rule' },
	rule_text_heading: { zh: '规则说明', en: 'rule' },
	message_heading: { zh: '说明', en: 'Message' },
	quotes_heading: { zh: '涉及的原文', en: 'Quotes concerned' },
	county_heading: { zh: '县（市、区）', en: 'County' },
	report_year_heading: { zh: '报告年度', en: 'Report year' },
	area_heading: { zh: '范围', en: 'Area' },
	all: { zh: '全部', en: 'All' },

	audit_title: { zh: '审核发现 · 绩效对比看板', en: 'Audit findings · Yardstick' },
	audit_heading: { zh: '审核发现', en: 'Audit findings' },
	audit_description: {
		zh: '对各县绩效自评报告的自动审核：同一数字前后不一、指标得分超出分值、合计不符等，每条发现都链接到报告原文。',
		en: 'The automatic audit of the counties’ self-evaluation reports: the same figure stated differently, indicators scored above their maximum, totals that do not add up; every finding links to the report.'
	},
	audit_lead: {
		zh: '构建数据时，每份报告都按下列规则自动审核：同一数字在不同地方写法不一、指标得分超出分值、分项之和与合计不符、自评得分高于上级考核等。审核只指出问题，不替报告选定哪个数字是对的；每条发现都列出涉及的原文，并链接到报告中的那一句。',
		en: 'Every report is checked when the data is built: the same figure stated with different values, an indicator scored above its maximum, parts that do not add up to their total, a self-score above the external assessment. The audit points these out; it never picks which figure is right. Each finding lists the sentences concerned, linked to the report.'
	},
	audit_caption: { zh: '审核发现', en: 'Findings' },
	audit_file: { zh: '审核发现', en: 'findings' },
	audit_list_heading: { zh: '审核发现列表', en: 'The findings' },
	audit_none_match: {
		zh: '没有符合筛选条件的审核发现。',
		en: 'No findings match these filters.'
	},
	audit_filter_legend: { zh: '筛选审核发现', en: 'Filter the findings' },
	audit_show_all: { zh: '显示全部', en: 'Show all' },
	audit_filters_need_js: {
		zh: '筛选需要 JavaScript；下表列出全部审核发现。',
		en: 'Filtering needs JavaScript; the table lists every finding.'
	},
	audit_counts_heading: { zh: '按严重程度与规则计数', en: 'Counts by severity and rule' },
	audit_shown: withParams<{ shown: number; total: number }>(
		(p) => `显示 ${p.shown} 条审核发现（共 ${p.total} 条）。`,
		(p) => `Showing ${p.shown} of ${p.total} findings.`
	),
	audit_all_rules: withParams<{ n: number }>(
		(p) => `全部 ${p.n} 条审核规则`,
		(p) => `All ${p.n} audit rules`
	),
	county_findings_heading: withParams<{ n: number }>(
		(p) => `审核发现（${p.n} 条）`,
		(p) => `Audit findings (${p.n})`
	),
	county_findings_none: { zh: '审核没有发现问题。', en: 'The audit found nothing.' },
	county_findings_link: withParams<{ name: string }>(
		(p) => `在审核发现页查看${p.name}的全部发现`,
		(p) => `All findings for ${p.name} on the audit page`
	)
} as const;
