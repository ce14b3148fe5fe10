/** The public pages: home, a city's page, a source report, and one county on them. */
import { withParams } from './translate.ts';

type Name = { name: string };

export const publicPages = {
	home_title: {
		zh: '县域政务服务绩效对比看板 · 公开页',
		en: 'County government service performance'
	},
	home_description: {
		zh: '县级政务服务数据管理局年度绩效自评报告的公开对比：预算、支出、自评得分、上级考核得分与政务服务数据，每个数字都注明原文出处。',
		en: 'The county bureaus’ annual self-evaluation reports compared in public: budgets, spending, self-scores, external scores and service figures, every number with the sentence it comes from.'
	},
	home_heading: {
		zh: '县域政务服务绩效对比看板',
		en: 'County government service performance, compared'
	},
	/** `how`: figures.how_to_read. */
	home_lead: withParams<{ how: string }>(
		(p) =>
			`各县级政务服务数据管理局每年提交绩效自评报告。本页列出每个县最近一年报告的主要数字和历年变化；每个数字后的注释号链接到报告原文中的那一句。${p.how}`,
		(p) =>
			`Each county bureau files an annual performance self-evaluation. This page shows each county’s main figures for its latest year and their trends; every number’s note links to the sentence in the report. ${p.how}`
	),
	home_by_city: withParams<{ n: number }>(
		(p) => `共 ${p.n} 个县（市、区）。按地市分页：点县名打开所在地市的页面。`,
		(p) => `${p.n} counties, one page per city: choose a county to open its city’s page.`
	),
	city_description: withParams<Name>(
		(p) =>
			`${p.name}各县（市、区）政务服务数据管理局绩效自评报告的主要数字与历年变化，每个数字都注明原文出处。`,
		(p) =>
			`The main figures of the self-evaluation reports of ${p.name}’s counties and their trends, every number with the sentence it comes from.`
	),
	city_all_counties: { zh: '全部县（市、区）', en: 'All counties' },
	city_lead: withParams<Name & { how: string }>(
		(p) =>
			`${p.name}各县（市、区）最近一年报告的主要数字和历年变化。每个数字后的注释号链接到报告原文中的那一句。${p.how}`,
		(p) =>
			`The main figures of ${p.name}’s counties for their latest year, and their trends. Every note links to the sentence in the report. ${p.how}`
	),

	tiles_label: { zh: '县（市、区）一览', en: 'Counties' },
	tile_reports: withParams<{ years: string; n: number }>(
		(p) => `${p.years}年 · ${p.n} 份报告`,
		(p) => `${p.years} · ${p.n} reports`
	),
	county_profile_link: withParams<Name>(
		(p) => `${p.name}县域档案：历年数字、指标得分与审核发现`,
		(p) => `${p.name} profile`
	),
	glance_heading: withParams<{ year: number }>(
		(p) => `${p.year}年主要数字（部门整体）`,
		(p) => `${p.year}: main figures (whole department)`
	),
	only_projects: withParams<Name>(
		(p) => `${p.name}目前只有项目绩效自评报告，没有部门整体报告，因此不列部门预算总数。`,
		(p) => `${p.name} has only project reports, so no department totals are shown.`
	),
	projects_heading: withParams<{ n: number }>(
		(p) => `项目绩效自评报告（${p.n} 个项目，各自独立，金额不可相加为部门总额）`,
		(p) => `Project reports (${p.n}; separate projects, not department totals)`
	),
	over_the_years: { zh: '历年变化', en: 'Over the years' },
	source_reports: { zh: '报告原文', en: 'Source reports' },
	self_score: { zh: '自评', en: 'self-score' },
	notes_heading: { zh: '注释：数字出处', en: 'Notes: where each figure comes from' },

	source_title: withParams<{ report: string }>(
		(p) => `${p.report}原文 · 绩效对比看板`,
		(p) => `${p.report} · Yardstick`
	),
	source_crumb: { zh: '报告原文', en: 'Source report' },
	source_heading_title: { zh: '标题', en: 'Title' },
	source_unit: { zh: '填报单位', en: 'Filed by' },
	source_filed_on: { zh: '填报日期', en: 'Filed on' },
	source_not_stated: { zh: '报告未写明', en: 'not stated' },
	source_file: { zh: '原文件', en: 'Source file' },
	source_lines: withParams<{ first: number; last: number }>(
		(p) => `，第 ${p.first}–${p.last} 行`,
		(p) => `, lines ${p.first}–${p.last}`
	),
	source_legend: withParams<{ n: number }>(
		(p) =>
			`下文为报告原文（PDF 转换文本，未作改动）。本站引用的 ${p.n} 处原文以底色标出，每处都有锚点，注释链接直接跳到对应句子。`,
		(p) =>
			`The report’s text as converted from PDF, unedited. The ${p.n} passages this site quotes are highlighted and anchored.`
	)
} as const;
