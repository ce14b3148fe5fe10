/**
 * Rules for budget, performance management, staffing and scores. Labels are matched
 * with quotation marks and book-title marks removed (“三公”经费 → 三公经费).
 */
import type { Rule } from './rule.ts';

/** A share of the year, not the year: 上半年, 前三季度, 截至 9 月 (in the clause before). */
export const PART_YEAR = /(上半年|前三季度|[一二三]季度)/;
export const PART_YEAR_NEAR = /(前三季度|[一二三]季度|(?<![\d-])([1-9]|1[01])月(底|末|份)?)/;
export const NOT_SUBTOTAL = /(政府采购|公用经费|三公|人员经费|基本支出|转移支付|存量)/;

export const BUDGET_RULES: Rule[] = [
	{
		metric: 'budget_initial',
		pre: /年初[^,，;]{0,12}预算(数|资金|金额|总额|安排)?(资金|数)?$/,
		not: NOT_SUBTOTAL
	},
	{
		metric: 'budget_initial',
		pre: /年初(预算)?批复(的)?(预算)?(数|金额|资金)?$/,
		not: NOT_SUBTOTAL
	},
	{
		metric: 'budget_adjusted',
		pre: /调整后(的)?(全年)?(预算|指标)?(数|金额|资金)?$/,
		not: NOT_SUBTOTAL
	},
	{
		metric: 'budget_adjusted',
		pre: /(指标|预算)调[减增整]后(的)?(金额|预算|数)?$/,
		not: NOT_SUBTOTAL
	},
	{ metric: 'budget_adjusted', pre: /调整(预算)?后[^,，;]{0,6}预算(数|金额)?$/, not: NOT_SUBTOTAL },
	// “预算数 X, 执行数 Y, 执行率 Z”: the budget the rate is taken on, which is the
	// full-year one; the words do not say whether it was adjusted.
	{
		metric: 'budget_adjusted',
		pre: /预算数$/,
		ctx: /执行率/,
		not: /年初|调整|全年|追加|政府采购|公用经费|三公|人员经费|基本支出|项目支出/,
		uncertain: '预算数 without 年初/调整: read as the full-year budget its 执行率 is taken on'
	},
	// “……经费 120 万元经年初预算审核通过”: an amount the budget approval names after it.
	{
		metric: 'budget_initial',
		post: /^(已)?经(年初)?(预算)?(审核|审批|批复|评审)(通过|同意)?/,
		not: NOT_SUBTOTAL
	},
	// “批复…预算项目 9 个, 项目经费共计 403.56 万元”: the approved amount is the budget.
	{ metric: 'budget_initial', pre: /(项目|预算)(经费|资金)$/, ctx: /批复|下达/, not: NOT_SUBTOTAL },
	{
		metric: 'expenditure_final',
		pre: /(年终|全年|本年|年度)?(收入)?支出决算(数|金额)?$/,
		not: NOT_SUBTOTAL
	},
	{
		metric: 'expenditure_final',
		pre: /(本年|全年|年度|当年)(度)?(财政拨款)?(实际)?支出(金额|总额|数|合计)?$/,
		not: NOT_SUBTOTAL
	},
	{ metric: 'expenditure_final', pre: /财政拨款支出(合计|总额)?$/ },
	{ metric: 'expenditure_final', pre: /(全年|实际)执行(数|金额)$/, not: NOT_SUBTOTAL },
	// “预算数 433.87 万元, 执行数 339.05 万元”: 执行数 alone, beside a budget.
	{ metric: 'expenditure_final', pre: /^执行数$/, ctx: /预算/ },
	// “1、收入: …。2、支出: 799.12 万元” under a 决算 or 收支 heading.
	{
		metric: 'expenditure_final',
		pre: /^(\d{1,2}[、.]|[一二三四五六七八九十]{1,2}、)?(本年|全年)?总?支出$/,
		ctx: /决算|收支|收入/
	},
	{ metric: 'expenditure_final', pre: /(本|该)项目(实际)?支出(金额|总额)?$/, kind: 'project' },
	{ metric: 'expenditure_final', pre: /^(项目)?(实际)?支出(金额|总额)?$/, kind: 'project' },
	{
		metric: 'revenue_final',
		pre: /(本年|全年|年度)?(财政拨款)?收入(合计|总额|总计)?$/,
		not: /(处置|有偿|租金|利息)/
	},
	{ metric: 'basic_expenditure', pre: /基本支出(合计)?$/ },
	{ metric: 'project_expenditure', pre: /(?<!本)项目支出(合计)?$/, kind: 'overall' },
	{ metric: 'personnel_expenditure', pre: /人员经费(支出)?$/ },
	{ metric: 'carryover', pre: /(年末|年终)?(结转)?(和|及)?结余(资金|金额)?$/, not: /存量/ },
	{ metric: 'carryover', pre: /(年末|年终)结转(资金|金额)?$/ },
	{ metric: 'public_funds_budget', pre: /(日常)?公用经费(调整)?预算(数|金额)?$/ },
	{ metric: 'public_funds_final', pre: /(日常)?公用经费(实际)?(决算|支出)(数|金额)?$/ },
	{ metric: 'public_funds_final', pre: /日常公用经费$/, ctx: /支出/, ctxNot: /预算/ },
	{ metric: 'three_public_budget', pre: /三公经费(调整)?预算(数|金额)?$/ },
	{ metric: 'three_public_final', pre: /三公经费(实际)?(决算|支出)(数|金额)?$/ },
	{ metric: 'procurement_budget', pre: /政府采购预算(支出|金额|数)?$/ },
	{ metric: 'procurement_final', pre: /政府采购(实际)?(决算|支出)(支出|金额|数)?$/ },
	// “执行数为 125.25 万元, 完成预算的 83.50%”
	{ metric: 'budget_execution_rate', pre: /完成(全年)?(预算|预算数|预算资金)的$/ },
	{
		metric: 'budget_execution_rate',
		pre: /(预算|资金|财政)(资金)?(支出|执行)率$/,
		not: /政府采购|上半年|前三季度|[一二三]季度/,
		notNear: PART_YEAR_NEAR
	},
	{
		metric: 'spending_progress',
		pre: /(全年|年度)?(预算资金|预算|项目|资金)?支出进度$/,
		not: PART_YEAR,
		notNear: PART_YEAR_NEAR
	},
	{ metric: 'budget_execution_rate_h1', pre: /上半年[^,，;]{0,10}(支出|执行)(进度|率)$/ },
	{ metric: 'carryover_rate', pre: /(结转)?结余率$/ },
	{ metric: 'procurement_execution_rate', pre: /政府采购执行率$/ },

	{ metric: 'perf_target_coverage', pre: /绩效目标覆盖率$/ },
	{ metric: 'projects_total', pre: /实施(了)?$/, post: /^(预算|支出)?项目/, both: true },
	{ metric: 'projects_with_targets', pre: /(设置|设定|编制)(了)?(绩效)?目标的项目(数)?$/ },
	{ metric: 'key_task_completion_rate', pre: /重点工作(任务)?完成率$/ },
	{ metric: 'key_task_completion_rate', pre: /绩效(目标)?完成率$/ },
	{ metric: 'asset_utilization_rate', pre: /固定资产利用率$/ },
	{ metric: 'asset_utilization_rate', pre: /在用固定资产[^,，;]{0,24}比例$/ },

	{ metric: 'staff_authorized', pre: /核定[^,，;]{0,8}编制(数|人数)?$/ },
	{ metric: 'staff_authorized', pre: /(行政|事业)编制(数)?$/ },
	// “编制调减至 15 人”: the level the posts were set to.
	{ metric: 'staff_authorized', pre: /编制(数)?(调减|调增|调整|核减|核增|减少|增加)$/ },
	{ metric: 'staff_actual', pre: /(在编|在职|实有)(人员|人数|干部职工|职工)?(总数)?$/ },
	// A head count that also lists retirees or contract staff is not the 在编 count.
	{
		metric: 'staff_actual',
		pre: /现有(在编)?(干部职工|干部|职工|人员)$/,
		ctxNot: /退休|临聘|聘用|协管|劳务派遣/
	},

	{ metric: 'self_score', pre: /自评(结果|分数|总分|总得分|综合得分)?$/ },
	{ metric: 'self_score', pre: /自评得分$/, min: 40 },
	{
		metric: 'self_score',
		pre: /(支出|部门|项目)绩效(自评|评价)?(总|综合)?得分$/,
		min: 40,
		not: /考核/
	},
	// “按自评指标体系汇总评分, 总得分 89.28 分”
	{ metric: 'self_score', pre: /总得分$/, ctx: /自评/, min: 40, not: /考核/ },
	{ metric: 'external_score', pre: /考核[^,，;]{0,4}(得分|得|获评|评分|分数)$/, not: /自评/ },
	{ metric: 'external_score', pre: /^得分$/, ctx: /考核/ }
];
