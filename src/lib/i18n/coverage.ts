/** The coverage page: which metrics each county states, and what it leaves out. */
import { withParams } from './translate.ts';

export const coverage = {
	nav_coverage: { zh: '覆盖', en: 'Coverage' },
	coverage_title: { zh: '报告覆盖 · 绩效对比看板', en: 'Reporting coverage · Yardstick' },
	coverage_description: {
		zh: '一个地区、一个年度里，各县（市、区）报告了哪些指标、以什么方式报告，缺报了同级已报告的哪些指标。',
		en: 'For one area and year: which metrics each county reports, how, and which of the metrics its peers report it leaves out.'
	},
	coverage_heading: { zh: '报告覆盖', en: 'Reporting coverage' },
	coverage_lead: {
		zh: '各县报告的内容不尽相同。下表列出本地区当年至少一个县报告过的指标：已报告（至少一处写出确切数字）、仅限定值（只写了“≥”“≈”等）、仅项目数字（只有项目报告的数字，不能当作部门总数）、未报告。一个县没有报告而同级县报告了的指标，就是可以向它索要的内容。',
		en: 'Counties report different things. The table lists every metric at least one county in the area reports that year: stated (an exact figure at least once), qualified only (only “≥”, “≈” and the like), project only (a project report’s figure, never a department total), not stated. What a county leaves out while its peers state it is what a supervisor can ask it for.'
	},
	coverage_needs_js: {
		zh: '启用 JavaScript 后可切换地区和年度；下面是默认的地区和最近年度。',
		en: 'With JavaScript you can change the area and the year; this is the default area and the latest year.'
	},
	coverage_status_stated: { zh: '已报告', en: 'stated' },
	coverage_status_qualified: { zh: '仅限定值', en: 'qualified only' },
	coverage_status_project: { zh: '仅项目数字', en: 'project only' },
	coverage_status_missing: { zh: '未报告', en: 'not stated' },
	coverage_caption: withParams<{ place: string; year: number; n: number }>(
		(p) => `${p.place} ${p.year}年 各县（市、区）× 指标（${p.n} 个指标）`,
		(p) => `${p.place}, ${p.year}: counties × metrics (${p.n} metrics)`
	),
	coverage_stating: withParams<{ n: number; of: number }>(
		(p) => `${p.n}/${p.of} 县报告`,
		(p) => `stated by ${p.n} of ${p.of}`
	),
	coverage_summary_heading: { zh: '各县缺报清单', en: 'What each county leaves out' },
	coverage_summary_caption: withParams<{ year: number }>(
		(p) => `${p.year}年 各县报告情况`,
		(p) => `How each county reports, ${p.year}`
	),
	coverage_left_out_of: withParams<{ county: string; n: number }>(
		(p) => `${p.county}：缺报 ${p.n} 项同级已报告的指标`,
		(p) => `${p.county}: leaves out ${p.n} metric(s) its peers state`
	),
	coverage_none_left_out: {
		zh: '没有缺报同级已报告的指标。',
		en: 'Leaves out none of the metrics its peers state.'
	},
	coverage_peers_stating: { zh: '报告该指标的县数', en: 'Counties stating it' },
	coverage_print: { zh: '打印清单', en: 'Print list' },
	coverage_file: withParams<{ county: string; year: number }>(
		(p) => `缺报清单-${p.county}-${p.year}.csv`,
		(p) => `left-out-${p.county}-${p.year}.csv`
	)
} as const;
