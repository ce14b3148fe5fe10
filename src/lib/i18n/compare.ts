/** The compare page: controls, the two charts and the notes beside them. */
import { withParams } from './translate.ts';

type Names = { names: string };
type Metric = { metric: string };

export const compare = {
	compare_title: { zh: '指标对比 · 绩效对比看板', en: 'Compare counties · Yardstick' },
	compare_description: {
		zh: '按指标比较各县（市、区）政务服务数据管理局绩效自评报告中的数字：排名、历年变化与原文出处。',
		en: 'Compare the figures in the counties’ self-evaluation reports metric by metric: rankings, change over the years and the sentences they come from.'
	},
	compare_heading: { zh: '指标对比', en: 'Compare counties' },
	/** `how`: figures.how_to_read. */
	compare_lead: withParams<{ how: string }>(
		(p) =>
			`选一个指标，比较各县同一年度的数字和历年变化。${p.how}项目报告的数字单独列出，不与部门整体数字混在一起。`,
		(p) =>
			`Pick a metric to compare the counties in one year and over the years. ${p.how} Project figures are kept apart from department figures.`
	),
	compare_needs_js: {
		zh: '启用 JavaScript 后可切换指标、年度和县（市、区）；下面是默认视图。',
		en: 'With JavaScript you can change the metric, year and counties; this is the default view.'
	},

	compare_what: { zh: '选择对比内容', en: 'What to compare' },
	compare_find_metric: { zh: '查找指标', en: 'Find a metric' },
	compare_find_placeholder: {
		zh: '输入中文或英文名称，如 预算、kiosk',
		en: 'Chinese or English name, e.g. 预算, kiosk'
	},
	compare_found: withParams<{ n: number }>(
		(p) => `找到 ${p.n} 个指标`,
		(p) => `${p.n} metrics found`
	),
	compare_metric_count: withParams<{ n: number }>(
		(p) => `共 ${p.n} 个指标，按类别分组`,
		(p) => `${p.n} metrics, by category`
	),
	compare_every_metric: withParams<{ n: number }>(
		(p) => `也列出本年所选县中不足两个县报告的 ${p.n} 个指标`,
		(p) => `Also list the ${p.n} metric(s) fewer than two chosen counties state this year`
	),
	compare_metric_counties: withParams<{ n: number }>(
		(p) => `（本年 ${p.n} 个县报告）`,
		(p) => ` (stated by ${p.n} ${p.n === 1 ? 'county' : 'counties'} this year)`
	),
	compare_year_ranked: { zh: '排名年度', en: 'Year ranked' },
	compare_counties: { zh: '县（市、区）', en: 'Counties' },
	compare_all: { zh: '全选', en: 'All' },
	compare_none: { zh: '全不选', en: 'None' },

	entity_heading: { zh: '县（市、区）/ 项目', en: 'County / project' },
	rank_heading: { zh: '排名', en: 'Rank' },
	entity_project: withParams<{ county: string; project: string; separator: string }>(
		(p) => `${p.county}${p.separator}${p.project}（项目）`,
		(p) => `${p.county}${p.separator}${p.project} (project)`
	),
	series_department: { zh: '部门整体', en: 'Whole department' },
	series_projects: { zh: '项目（不参与排名）', en: 'Projects (not ranked)' },
	series_other_basis: { zh: '其他口径（不参与排名）', en: 'Another basis (not ranked)' },
	ranking_title: withParams<Metric & { year: string }>(
		(p) => `${p.metric} · ${p.year}各县比较`,
		(p) => `${p.metric}, ${p.year}: counties compared`
	),
	ranking_source: {
		zh: '数据来源：各县绩效自评报告原文，点表中“原文”查看所引句子。',
		en: 'Source: the counties’ self-evaluation reports; follow “src” in the table to the sentence.'
	},
	years_title: withParams<Metric>(
		(p) => `${p.metric}：历年变化`,
		(p) => `${p.metric} over the years`
	),
	years_lines_top_bottom: withParams<{ year: string; each: number; shown: number; total: number }>(
		(p) =>
			`线条较多，图中只画出${p.year}数值最高和最低的各 ${p.each} 条（共 ${p.total} 条中的 ${p.shown} 条）；全部数字见下方数据表。`,
		(p) =>
			`Many lines: the chart draws the ${p.each} highest and the ${p.each} lowest in ${p.year} (${p.shown} of ${p.total}); every figure is in the table below.`
	),
	years_lines_stated: withParams<{ year: string; shown: number; total: number }>(
		(p) =>
			`线条较多，图中只画出${p.year}有数字的 ${p.shown} 条（共 ${p.total} 条）；全部数字见下方数据表。`,
		(p) =>
			`Many lines: the chart draws the ${p.shown} with a figure in ${p.year} (of ${p.total}); every figure is in the table below.`
	),
	years_lines_all: withParams<{ total: number }>(
		(p) => `画出全部 ${p.total} 条线`,
		(p) => `Draw all ${p.total} lines`
	),
	years_source: {
		zh: '每个年度的数字取自描述该年度的报告句子（后一年的报告也常写上一年的数字）。',
		en: 'Each year’s figure is the one stated for that year (a report often also states the year before).'
	},

	note_bases_of: withParams<Names & { basis: string }>(
		(p) => `${p.names}为${p.basis}`,
		(p) => `${p.names}: ${p.basis}`
	),
	note_ranked_on_basis: withParams<Metric & { basis: string; others: string }>(
		(p) =>
			`注意：“${p.metric}”按${p.basis}排名；${p.others}，与${p.basis}口径不同，不能直接比较，单列为“其他口径”，不参与排名。`,
		(p) =>
			`Note: “${p.metric}” is ranked on ${p.basis} figures; ${p.others}, a different basis that cannot be compared directly, shown apart as “another basis” and not ranked.`
	),
	note_none_on_basis: withParams<{ basis: string }>(
		(p) => `本年没有县报告${p.basis}，因此无排名。`,
		(p) => `No county states ${p.basis} figures for this year, so none is ranked.`
	),
	note_mixed_years: withParams<{ parts: string }>(
		(p) =>
			`注意：本图混合了不同口径（${p.parts}）。不同口径的数字不能直接比较，也不计算年度变化：同一县不同口径的数字分为不同的线，各标口径，不相连。`,
		(p) =>
			`Note: this chart mixes bases (${p.parts}). Figures on different bases cannot be compared directly and no yearly change is drawn between them: a county’s figures on two bases are two lines, each named by its basis, never joined.`
	),
	note_cumulative_apart: {
		zh: '累计数是截至报告时的多年累计，起算时间各报告不一，已标“累计”，以浅色虚线框或单独的线显示。',
		en: 'Cumulative figures run over several years up to the report, from starts the reports do not share; they are marked “cumulative” and drawn pale with a dashed outline or as a line of their own.'
	},
	note_parts_separator: { zh: '；', en: '; ' },
	note_all_cumulative: {
		zh: '本图均为累计数，不是当年数。',
		en: 'These are cumulative figures, not annual ones.'
	},
	note_ge: {
		zh: '“≥”表示报告写的是“超过、突破、以上”等：按写出的下限排序，实际数可能更高。',
		en: '“≥” marks “more than”: ordered by the number written (a lower bound); the actual figure may be higher.'
	},
	note_le: {
		zh: '“≤”表示报告写的是上限：按写出的上限排序，实际数可能更低。',
		en: '“≤” marks an upper bound: ordered by the number written; the actual figure may be lower.'
	},
	note_approx: {
		zh: '“≈”表示报告写的是约数（约、左右、预计）。',
		en: '“≈” marks an approximate figure (about, around, expected).'
	},
	note_direction_none: withParams<Metric>(
		(p) => `“${p.metric}”没有“越高越好”或“越低越好”之分：按数值从大到小排列，不代表优劣，不排名。`,
		(p) =>
			`“${p.metric}” has no better direction: ordered by value, largest first; no ranking is implied.`
	),
	note_direction_lower: withParams<Metric>(
		(p) => `“${p.metric}”数值越低越好：排名从低到高。`,
		(p) => `For “${p.metric}” lower is better: ranked from lowest to highest.`
	),
	note_direction_higher: withParams<Metric>(
		(p) => `“${p.metric}”数值越高越好：排名从高到低。`,
		(p) => `For “${p.metric}” higher is better: ranked from highest to lowest.`
	),
	note_projects_bar: withParams<Names>(
		(p) =>
			`${p.names}的项目数字来自财政支出项目绩效自评报告：每个项目单列一条（标“项目”），不参与县际排名，也不相加为部门总额。`,
		(p) =>
			`${p.names}: project figures come from project self-evaluations; each project is its own bar, not ranked against counties, and never summed into a department total.`
	),
	note_projects_line: withParams<Names>(
		(p) =>
			`${p.names}的项目数字来自财政支出项目绩效自评报告：每个项目单独一条线（标“项目”），也不相加为部门总额。`,
		(p) =>
			`${p.names}: project figures come from project self-evaluations; each project is its own line, and never summed into a department total.`
	),
	note_conflict_ranked: withParams<{ name: string; values: string }>(
		(p) => `${p.name}：报告给出的数值不一致（${p.values}），两个数值都不用于排名，均列于下表。`,
		(p) =>
			`${p.name}: the reports disagree (${p.values}); ranked by neither value, both are in the table.`
	),
	note_missing: withParams<Names & { year: string }>(
		(p) => `${p.names}：${p.year}未报告该数字（不作 0 处理，不参与排名）。`,
		(p) => `${p.names}: not reported for ${p.year} (not treated as 0, not ranked).`
	),
	note_conflict_blank: withParams<Names>(
		(p) => `${p.names}：报告给出的数值不一致，图中留空，各数值见下表。`,
		(p) =>
			`The reports disagree for ${p.names}; left blank in the chart, all values are in the table.`
	),
	note_silent: withParams<Names>(
		(p) => `${p.names}：各年均未报告该数字（部门整体），图中无线。`,
		(p) => `${p.names}: no department figure in any year, so no line.`
	)
} as const;
