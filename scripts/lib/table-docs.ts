/**
 * What each published table and column means, for datapackage.json and the downloads
 * page: Chinese first, then English. Every column of the contract
 * (src/lib/contract/tables.ts) must be described here: the type says so, and the build
 * checks it again (downloads.ts), so the published descriptions never fall behind.
 */
import type { ColumnOf, TableName } from '../../src/lib/contract/tables.ts';

export interface TableDoc<T extends TableName = TableName> {
	title: string;
	description: string;
	primaryKey?: string[];
	foreignKeys?: { fields: string[]; table: string; on: string[] }[];
	columns: Record<ColumnOf<T>, string>;
}

const REPORT =
	'报告编号：<地区代码>-<年度>[-<项目简称>]。Report id: <region code>-<year>[-<project slug>].';
const REGION = '地区代码（GB/T 2260 行政区划代码）。Region code (GB/T 2260 division code).';
const QUOTE_START =
	'引文在源文件中的起始位置（JavaScript 字符串下标，即 UTF-16 码元，从 0 起）。Start of the quote in the source file (UTF-16 code-unit offset, from 0).';
const QUOTE_END =
	'引文在源文件中的结束位置（不含该位置）。End of the quote in the source file (exclusive).';

export const tableDocs: { [T in TableName]: TableDoc<T> } = {
	regions: {
		title: '地区 Regions',
		description:
			'数据覆盖的省、市、县级行政区，名称与代码取自行政区划数据集（GB/T 2260）。Provinces, cities and county-level units the data covers, with names and codes from the administrative-division dataset (GB/T 2260).',
		primaryKey: ['region_code'],
		foreignKeys: [{ fields: ['parent_code'], table: 'regions', on: ['region_code'] }],
		columns: {
			region_code: REGION,
			name: '地区名称。Region name.',
			parent_code: '上级地区代码；省级为空。Code of the parent region; empty for a province.',
			parent_name: '上级地区名称；省级为空。Name of the parent region; empty for a province.',
			level:
				'层级：province（省）、city（地级市）、county（县级）。Level: province, city or county.'
		}
	},
	reports: {
		title: '报告 Reports',
		description:
			'每份绩效自评报告一行；一个源文件可含多份报告（见 source_first_line–source_last_line）。One row per self-evaluation report; a source file may hold several (see source_first_line–source_last_line).',
		primaryKey: ['report_id'],
		foreignKeys: [{ fields: ['region_code'], table: 'regions', on: ['region_code'] }],
		columns: {
			report_id: REPORT,
			region_code: '提交报告的县级地区代码。Code of the county that filed the report.',
			region_name: '提交报告的地区名称。Name of that county.',
			year: '评价年度。The evaluation year.',
			kind: 'overall（部门整体支出）或 project（财政支出项目）。overall (whole department) or project (one funded project).',
			project_name:
				'项目名称（仅项目报告，按原文）；部门整体报告为空。Project name as written (project reports only).',
			report_type: '报告自称的类型，如“部门整体支出”。The report type as the report names it.',
			title: '报告标题，按原文。Report title as written.',
			unit_name: '填报单位。The reporting unit.',
			filed_on: '填报日期；报告未写明时为空。Filing date; empty when the report gives none.',
			source_file: '源文件名（报告的纯文本版本）。Source file name (the report as plain text).',
			source_sha256: '源文件的 SHA-256 值。SHA-256 of the source file.',
			source_first_line:
				'本报告在源文件中的起始行（从 1 起）。First line of this report in the source file (1-based).',
			source_last_line:
				'本报告在源文件中的结束行（含）。Last line of this report in the source file (inclusive).',
			self_score:
				'报告给出的自评总分；未给出时为空。Total self-score the report gives; empty when none.',
			grade:
				'报告写明的评价等级（如“优”）；未写明时为空。Grade as stated (e.g. 优); empty when none.',
			status:
				'记录状态；只发布已复核（reviewed）的记录。Record status; only reviewed records are published.'
		}
	},
	metrics: {
		title: '指标 Metrics',
		description:
			'指标目录：每个指标的名称、单位、类别、方向与含义。The metric catalogue: name, unit, category, direction and meaning of each metric.',
		primaryKey: ['metric_id'],
		columns: {
			metric_id: '指标编号（英文 snake_case）。Metric id (English snake_case).',
			category: '类别编号。Category id.',
			category_zh: '类别中文名。Category name in Chinese.',
			category_en: '类别英文名。Category name in English.',
			name_zh: '指标中文名。Metric name in Chinese.',
			name_en: '指标英文名。Metric name in English.',
			unit: '数值的存储单位（金额一律为元，比率为 %）。Unit values are stored in (money in 元, rates in %).',
			better:
				'排名方向：higher（越高越好）、lower（越低越好）、none（不排名）。Ranking direction: higher, lower or none.',
			description: '指标含义。What the metric means.',
			max_value:
				'有意义的最大值（如比率为 100）；无上限时为空。Largest meaningful value (100 for capped rates); empty when unbounded.',
			basis:
				'比较所用口径：annual（年度数）、cumulative（累计数）或 point（时点数）；其他口径的数字照列，不参与排名。The basis figures are compared on: annual, cumulative or point; figures on another basis are shown, not ranked.'
		}
	},
	facts: {
		title: '数据事实 Facts',
		description:
			'报告中陈述的每个数字一行，附原文引文。year 是数字所描述的年度，report_id 是其出处报告；同一数字可由多份报告陈述。One row per figure stated in a report, with its quote. year is the year the figure describes; report_id is the report it came from; several reports may state the same figure.',
		primaryKey: ['fact_id'],
		foreignKeys: [
			{ fields: ['report_id'], table: 'reports', on: ['report_id'] },
			{ fields: ['metric_id'], table: 'metrics', on: ['metric_id'] },
			{ fields: ['region_code'], table: 'regions', on: ['region_code'] }
		],
		columns: {
			fact_id: '事实编号：<报告编号>#f<序号>。Fact id: <report id>#f<position in the record>.',
			report_id: '陈述该数字的报告。The report that states the figure.',
			region_code: REGION,
			year: '数字所描述的年度（不一定是报告年度）。The year the figure describes (not necessarily the report’s year).',
			report_year: '出处报告的评价年度。Evaluation year of the report it came from.',
			metric_id: '指标编号，见 metrics 表。Metric id, see the metrics table.',
			value:
				'数值，以指标单位计（金额为元，比率为 %）。Value in the metric’s unit (元 for money, % for rates).',
			unit: '数值单位（同 metrics.unit）。Unit of the value (as metrics.unit).',
			qualifier:
				'限定：eq（等于）、ge（至少，超/以上/余/多）、le（至多，不超过/以内）、approx（约/左右/预计）。Qualifier: eq, ge (at least), le (at most), approx (about).',
			basis:
				'口径：annual（年度数）、cumulative（累计数）、point（时点数）。Basis: annual, cumulative (running total) or point (a level at a moment).',
			scope:
				'范围：department（部门整体）或 project（单个项目）。项目数不能相加为部门数。Scope: department or project; project figures must not be summed into department totals.',
			project_name: '范围为项目时的项目名称。Project name when the scope is a project.',
			figure:
				'原文中的数字写法（含限定词与单位）。The figure as written, with qualifier words and unit.',
			quote: '陈述该数字的原文句子。The sentence that states the figure, as written.',
			quote_start: QUOTE_START,
			quote_end: QUOTE_END,
			note: '复核说明；无则为空。Reviewer’s note; empty when none.',
			part: '数字只覆盖其范围中的这一部分（如下属“信息中心”）；覆盖整个范围时为空。The part of its scope the figure covers (e.g. a subordinate 信息中心); empty when it covers the whole scope.'
		}
	},
	scores: {
		title: '评分 Scores',
		description:
			'自评报告评分表中的每个指标一行：满分、得分与原文引文。One row per scored indicator in a report’s scoring table: maximum, points and quote.',
		primaryKey: ['score_id'],
		foreignKeys: [
			{ fields: ['report_id'], table: 'reports', on: ['report_id'] },
			{ fields: ['region_code'], table: 'regions', on: ['region_code'] }
		],
		columns: {
			score_id:
				'评分指标编号：<报告编号>#s<序号>，审核发现的 score_ids 引用它。Indicator id: <report id>#s<position>, as findings’ score_ids cite it.',
			report_id: REPORT,
			region_code: REGION,
			year: '评价年度。Evaluation year.',
			position:
				'该指标在报告中的顺序（从 1 起）。Position of the indicator in the report (from 1).',
			section:
				'一级指标，如 预算编制、预算执行、资金使用效益、加减分。Top-level section, e.g. budgeting, execution, effectiveness, bonus/penalty.',
			group_name: '二级指标；无则为空。Second-level group; empty when none.',
			indicator: '指标名称，按原文。Indicator name as written.',
			max_points: '满分；报告未写明时为空。Maximum points; empty when the report states none.',
			points: '自评得分。Points the report awards itself.',
			quote: '写明该得分的原文。The sentence that states the score, as written.',
			quote_start: QUOTE_START,
			quote_end: QUOTE_END
		}
	},
	findings: {
		title: '审核发现 Findings',
		description:
			'自动审核发现的问题：同一数字两种说法、得分超过满分、合计不符等。报告原文不作改动，问题如实列出。Audit findings: one figure stated with two values, points above the maximum, totals that do not add up. Nothing is corrected; each problem is listed as found.',
		foreignKeys: [
			{ fields: ['report_id'], table: 'reports', on: ['report_id'] },
			{ fields: ['region_code'], table: 'regions', on: ['region_code'] }
		],
		columns: {
			report_id: '发现所涉报告。The report the finding concerns.',
			region_code: REGION,
			year: '所涉报告的评价年度（不是数字所描述的年度）。Evaluation year of that report (not the year of the figures).',
			check_id: '审核规则编号。Id of the audit rule.',
			severity:
				'严重程度：error（错误）、warning（警告）、info（提示）。Severity: error, warning or info.',
			message: '发现说明（中文）。The finding in Chinese.',
			message_en: '发现说明（英文）。The finding in English.',
			fact_ids:
				'涉及的事实编号，以空格分隔，见 facts 表。Fact ids involved, space-separated (see the facts table).',
			score_ids:
				'涉及的评分指标编号（<报告编号>#s<序号>，见 scores 表），以空格分隔。Scored indicators involved (<report id>#s<position>, see the scores table), space-separated.'
		}
	}
};
