/** The matrix page: counties × metrics for one year. */
import { withParams } from './translate.ts';

export const matrix = {
	matrix_title: { zh: '指标矩阵 · 绩效对比看板', en: 'Metric matrix · Yardstick' },
	matrix_description: {
		zh: '一年之内各县（市、区）在每个指标上的数字与排名：按类别分组，颜色和文字同时标出排名，点格子打开该指标的对比。',
		en: 'For one year, each county’s figure and rank on every metric, grouped by category; ranks in colour and in words; a cell opens that metric’s comparison.'
	},
	matrix_heading: { zh: '指标矩阵', en: 'Metric matrix' },
	matrix_lead: {
		zh: '一年之内，各县（市、区）在每个指标上报告了什么、排第几。排名按指标方向（越高越好或越低越好）计算，写成“第1/3”；颜色只是辅助。“≥”数值按写出的下限排名；同一数字报告说法不一的，两个数值都不用于排名；未报告的不当作 0。点任一格子，打开该指标的对比页。',
		en: 'For one year: what each county reports on each metric, and where it ranks. Ranks follow the metric’s direction and are written out (“#1 of 3”); colour only helps. A “≥” figure ranks by the number written; a figure the reports contradict is ranked by neither value; a figure not reported is never taken as 0. Select a cell to open that metric’s comparison.'
	},
	matrix_needs_js: {
		zh: '启用 JavaScript 后可切换年度；下面是最近年度。',
		en: 'With JavaScript you can change the year; this is the latest year.'
	},
	matrix_place_option: withParams<{ name: string; n: number }>(
		(p) => `${p.name}（${p.n} 个县）`,
		(p) => `${p.name} (${p.n} counties)`
	),
	matrix_how_heading: { zh: '怎么读', en: 'How to read it' },
	matrix_band_top: { zh: '排名第一', en: 'ranked first' },
	matrix_band_middle: { zh: '居中', en: 'in between' },
	matrix_band_bottom: { zh: '排名最后', en: 'ranked last' },
	matrix_band_none: {
		zh: '不着色：无优劣方向、不足两个县可比、说法不一或未报告',
		en: 'no colour: no direction, fewer than two counties to rank, contradicted or not reported'
	},
	matrix_how: {
		zh: '“累计”为多年累计数；每个指标只在其比较口径（如年度数）内排名，其他口径的数字照列并写明“累计数，不排名”等；标“混合口径”的指标，各县数字口径不同。项目报告的数字只计数，不参与县际排名。',
		en: '“cumulative” marks multi-year totals; each metric is ranked on its own basis (e.g. annual figures) only, figures on another basis are shown and marked “cumulative, not ranked” and the like; a metric marked “mixed bases” has figures on different bases. Project figures are counted, never ranked against counties.'
	},
	matrix_year_heading: withParams<{ year: number }>(
		(p) => `${p.year}年各县指标`,
		(p) => `Counties’ metrics, ${p.year}`
	),
	matrix_caption: withParams<{ year: number; n: number }>(
		(p) => `${p.year}年 各县（市、区）× 指标（${p.n} 个指标）`,
		(p) => `Counties × metrics, ${p.year} (${p.n} metrics)`
	),
	matrix_file: withParams<{ year: number }>(
		(p) => `指标矩阵-${p.year}.csv`,
		(p) => `matrix-${p.year}.csv`
	),
	matrix_projects: withParams<{ n: number }>(
		(p) => `项目数字 ${p.n} 项（不排名）`,
		(p) => `${p.n} project figure(s), not ranked`
	),
	matrix_csv_value: withParams<{ county: string }>(
		(p) => `${p.county}（数值）`,
		(p) => `${p.county} value`
	),
	matrix_csv_qualifier: withParams<{ county: string }>(
		(p) => `${p.county}（限定）`,
		(p) => `${p.county} qualifier`
	),
	matrix_csv_basis: withParams<{ county: string }>(
		(p) => `${p.county}（口径）`,
		(p) => `${p.county} basis`
	),
	matrix_csv_rank: withParams<{ county: string }>(
		(p) => `${p.county}（排名）`,
		(p) => `${p.county} rank`
	),
	matrix_csv_better: { zh: '方向', en: 'Better' },
	matrix_single_toggle: withParams<{ n: number }>(
		(p) => `另有 ${p.n} 个指标只有一个县报告，无从比较`,
		(p) => `${p.n} more metric(s) stated by one county only, with nothing to compare`
	),
	matrix_none_comparable: {
		zh: '这一年没有两个县都报告的指标；下面是只有一个县报告的指标。',
		en: 'No metric is stated by two counties this year; below are those one county states.'
	}
} as const;
