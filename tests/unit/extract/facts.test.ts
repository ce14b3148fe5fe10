import { describe, expect, test } from 'vitest';
import { brief, drafts, factsOf, report } from './helpers.ts';

const sorted = (xs: (readonly unknown[])[]) => [...xs].map((x) => JSON.stringify(x)).sort();

describe('a report in another county’s words', () => {
	const body = [
		'（一）部门整体收支情况',
		'2023年全年预算数为 500 万元，全年执行数为 480 万元，预算执行率为 96%。',
		'上年年初预算为 450 万元，2022年支出决算为 430.5 万元，与上年相比，年初预算增长 11.11%。',
		'“三公”经费预算 2 万元，实际支出 1.2 万元。',
		'（二）人员情况',
		'核定编制 20 名，其中行政编制 12 名、事业编制 8 名。',
		'（三）部门整体支出目标及任务',
		'力争全流程网办率达到 90%，推进不少于 100 项“一件事”落地。',
		'（四）主要绩效',
		'在2023年测试市0001“数字政府”考核中得分 92.5 分。',
		'全县依申请政务服务事项全流程网办率、一窗综合受理率分别为 85.2%、95%。',
		'实现 20 项、35 项高频事项“跨省通办”“省内通办”。',
		'全县“粤商通”注册市场主体 3.2 万户，开通“粤政易”账号 5600 个。',
		'政府门户网站全年发布信息 3200 条。',
		'一网共享平台挂接数据目录 420 个，向开放广东平台开放数据集 60 个。',
		'粤智助业务量较上年增长 20%，组织培训 300 人次，发放宣传资料 5000 份。',
		'2024年计划新增粤智助自助机 50 台。',
		'三、存在问题',
		'绩效目标覆盖率未达 100%，粤智助自助机使用率偏低。'
	].join('\n');

	test('drafts what it states and nothing it does not', () => {
		expect(sorted(factsOf(body).map(brief))).toEqual(
			sorted([
				['budget_adjusted', 2023, 5000000, 'eq'],
				['expenditure_final', 2023, 4800000, 'eq'],
				['budget_execution_rate', 2023, 96, 'eq'],
				['budget_initial', 2022, 4500000, 'eq'],
				['expenditure_final', 2022, 4305000, 'eq'],
				['budget_initial_change', 2023, 11.11, 'eq'],
				['three_public_budget', 2023, 20000, 'eq'],
				['three_public_final', 2023, 12000, 'eq'],
				['staff_authorized', 2023, 20, 'eq'],
				['staff_authorized', 2023, 12, 'eq'],
				['staff_authorized', 2023, 8, 'eq'],
				['external_score', 2023, 92.5, 'eq'],
				['full_online_rate', 2023, 85.2, 'eq'],
				['one_window_rate', 2023, 95, 'eq'],
				['cross_province_items', 2023, 20, 'eq'],
				['intra_province_items', 2023, 35, 'eq'],
				['yst_entities', 2023, 32000, 'eq'],
				['yzy_accounts', 2023, 5600, 'eq'],
				['web_articles', 2023, 3200, 'eq'],
				['data_catalogs', 2023, 420, 'eq'],
				['open_data_items', 2023, 60, 'eq']
			])
		);
	});

	test('parts of a total stated just before are marked uncertain, with the reason', () => {
		const staff = factsOf(body).filter((f) => f.metric === 'staff_authorized');
		expect(staff.map((f) => [f.value, f.uncertain === undefined])).toEqual([
			[20, true],
			[12, false],
			[8, false]
		]);
		expect(staff[1]!.uncertain).toMatch(/其中/);
	});

	test('every draft passes the quote and value verification of npm run data', () => {
		const [d] = drafts(report(body));
		expect(d!.dropped).toEqual([]);
		for (const f of d!.record.facts)
			expect(report(body).replace(/\s/g, '')).toContain(f.quote.replace(/\s/g, ''));
	});
});

describe('years of figures', () => {
	test('2022 年 and 上年 in the sentence; 与上年相比 is a comparison, not a year', () => {
		const facts = factsOf(
			'2023年年初预算为 300 万元，上年年初预算为 280 万元，与上年度相比，年初预算增长 7.14%。'
		);
		expect(facts.map(brief)).toEqual([
			['budget_initial', 2023, 3000000, 'eq'],
			['budget_initial', 2022, 2800000, 'eq'],
			['budget_initial_change', 2023, 7.14, 'eq']
		]);
	});

	test('a decrease is a negative change', () => {
		expect(factsOf('与上年相比，支出决算减少 3.5%。').map(brief)).toEqual([
			['expenditure_final_change', 2023, -3.5, 'eq']
		]);
	});

	test('without a year in the sentence, the evaluation year; a year in a document title is not one', () => {
		const facts = factsOf('根据《2021年考核办法》，我县粤智助自助机投放 80 台。', 2022);
		expect(facts.map(brief)).toEqual([['yzz_kiosks', 2022, 80, 'eq']]);
	});

	test('figures for years after the evaluation year are plans', () => {
		expect(factsOf('到2025年粤智助自助机达到 200 台。')).toEqual([]);
	});
});

describe('goals are not facts', () => {
	test.each([
		'力争全流程网办率达到 95%。',
		'计划新增粤智助自助机 30 台。',
		'绩效目标：一窗综合受理率达到 90%。',
		'推进不少于 50 项“一件事”落地实施。',
		'一窗综合受理率未达 90%。'
	])('%s', (body) => {
		expect(factsOf(body)).toEqual([]);
	});
});

describe('lists and roles', () => {
	test('分别 pairs names and figures in order', () => {
		expect(factsOf('“粤省事”和“粤商通”专版分别上线事项 900 项和 400 项。').map(brief)).toEqual([
			['yss_items', 2023, 900, 'eq'],
			['yst_items', 2023, 400, 'eq']
		]);
	});

	test('a list that does not pair up is left undrafted', () => {
		expect(factsOf('全流程网办率、一窗综合受理率分别为 85%、90%、95%。')).toEqual([]);
	});

	test('决算数 continues the subject of the clause before', () => {
		expect(factsOf('公用经费预算数为 20 万元，决算数为 18.5 万元。').map(brief)).toEqual([
			['public_funds_budget', 2023, 200000, 'eq'],
			['public_funds_final', 2023, 185000, 'eq']
		]);
	});
});

describe('figures that cover a named part of the scope', () => {
	test('the staff of a subordinate unit carry part: the unit', () => {
		const facts = factsOf(
			'我局核定行政编制 8 名，现有干部职工 6 名。下设公益一类事业单位测试县0001信息中心，核定全额拨款事业编制 8 名，现有干部职工 6 人。'
		);
		expect(facts.map((f) => [f.metric, f.value, f.part ?? null])).toEqual([
			['staff_authorized', 8, null],
			['staff_actual', 6, null],
			['staff_authorized', 8, '信息中心'],
			['staff_actual', 6, '信息中心']
		]);
	});

	test('articles on one topic are a part of all articles', () => {
		const [f] = factsOf('政府门户网站共发布有关疫情防控信息共 776 篇。');
		expect(f).toMatchObject({ metric: 'web_articles', value: 776, part: '疫情防控信息' });
	});
});

describe('rates that look alike', () => {
	test('支出进度 is spending progress, 资金支出率 the execution rate, 上半年 its own metric', () => {
		const facts = factsOf(
			'上半年预算资金支出进度为 20.11%，全年预算资金支出进度为 118.92%，资金支出率为 69.6%。'
		);
		expect(facts.map(brief)).toEqual([
			['budget_execution_rate_h1', 2023, 20.11, 'eq'],
			['spending_progress', 2023, 118.92, 'eq'],
			['budget_execution_rate', 2023, 69.6, 'eq']
		]);
	});

	test('a part-year execution rate is not the annual one', () => {
		expect(factsOf('截至9月底，预算执行率为 60%。')).toEqual([]);
	});
});

describe('tables flattened into lines', () => {
	test('a row with a target beside its result drafts the result (实际完成值), never the target', () => {
		const body =
			'一级指标\t三级指标\t年度指标值\t实际完成值\n产出指标\t粤智助自助机投放数量\t≥150台\t168台';
		expect(factsOf(body).map(brief)).toEqual([['yzz_kiosks', 2023, 168, 'eq']]);
	});

	test('without column headings, two figures in one unit on a row draft neither', () => {
		expect(factsOf('产出指标\t粤智助自助机投放数量\t≥150台\t168台')).toEqual([]);
	});

	test('a row with one figure reads as label and value', () => {
		expect(factsOf('指标\t数值\n粤智助自助机\t168台').map(brief)).toEqual([
			['yzz_kiosks', 2023, 168, 'eq']
		]);
	});
});

describe('plans sections', () => {
	test('an unnumbered 存在问题 heading holds no facts, up to the next heading', () => {
		const body = [
			'主要绩效',
			'全县粤智助自助机 120 台。',
			'存在问题',
			'粤智助自助机 80 台使用率偏低。',
			'下一步工作',
			'新增粤智助自助机 50 台。',
			'其他情况',
			'全流程网办率 85%。'
		].join('\n');
		expect(factsOf(body).map(brief)).toEqual([
			['yzz_kiosks', 2023, 120, 'eq'],
			['full_online_rate', 2023, 85, 'eq']
		]);
	});
});
