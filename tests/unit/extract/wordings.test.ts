/**
 * Wordings of budgets, scores and service figures that reports from other places use,
 * each with a sentence of the test county written for the test, beside the near misses
 * that must stay undrafted (执行数 with no budget in sight, 总得分 of a contest, 进驻率 of
 * departments, a 其中 part equal to its whole), and the table layouts they come in.
 */
import { describe, expect, test } from 'vitest';
import { brief, drafts, factsOf, report } from './helpers.ts';

describe('budget wordings', () => {
	test('预算数, 执行数 and 执行率 side by side; the budget is marked for checking', () => {
		const facts = factsOf('经自查,2023年我单位财政资金预算数500万元,执行数450万元,执行率90%。');
		expect(facts.map(brief)).toEqual([
			['budget_adjusted', 2023, 5000000, 'eq'],
			['expenditure_final', 2023, 4500000, 'eq'],
			['budget_execution_rate', 2023, 90, 'eq']
		]);
		expect(facts[0]!.uncertain).toMatch(/预算数 without 年初/);
		expect(facts[1]!.uncertain).toBeUndefined();
	});

	test('执行数 with no budget in sight, 预算数 with no rate or of a subtotal: not drafted', () => {
		expect(factsOf('各项会议经费均按标准执行,执行数12万元。')).toEqual([]);
		expect(factsOf('本年度预算数300万元。')).toEqual([]);
		const metrics = (body: string) => factsOf(body).map((f) => f.metric);
		expect(metrics('我局政府采购预算数50万元,执行率100%。')).not.toContain('budget_adjusted');
		expect(metrics('人员经费预算数120万元,执行数110万元,执行率91.7%。')).not.toContain(
			'budget_adjusted'
		);
	});

	test('执行数为 x 万元, 完成预算的 y%', () => {
		const facts = factsOf('本年度财政拨款为150万元:执行数为120万元,完成预算的80.00%。');
		expect(facts.map(brief)).toEqual([
			['expenditure_final', 2023, 1200000, 'eq'],
			['budget_execution_rate', 2023, 80, 'eq']
		]);
	});

	test('a numbered 支出 under a 收支 heading is the year’s expenditure', () => {
		const body = [
			'2023年部门决算收支完成情况。',
			'1、收入:300.5万元。',
			'2、支出:298.2万元。'
		].join('\n');
		expect(factsOf(body).map(brief)).toEqual([
			['revenue_final', 2023, 3005000, 'eq'],
			['expenditure_final', 2023, 2982000, 'eq']
		]);
	});

	test('a bare 支出 with no 收支 or 决算 in sight is not the year’s expenditure', () => {
		expect(factsOf('为保障大厅运行,支出20万元用于设备更新。')).toEqual([]);
	});

	test('a 其中 part in the next sentence that equals its whole adds nothing', () => {
		const facts = factsOf('1、收入:300.5万元。同比上年度增加10万元。其中:财政拨款收入300.5万元。');
		expect(facts.filter((f) => f.metric === 'revenue_final')).toHaveLength(1);
	});

	test('a 其中 part smaller than its whole is drafted as a part, for checking', () => {
		const facts = factsOf('1、收入:300.5万元。其中:财政拨款收入280万元。');
		const part = facts.find((f) => f.value === 2800000)!;
		expect(part).toMatchObject({ metric: 'revenue_final', part: '财政拨款收入' });
		expect(part.uncertain).toMatch(/part/);
	});
});

describe('scores and service figures', () => {
	test('总得分 of a self-evaluation; 总得分 elsewhere is not the self-score', () => {
		const self = (body: string) =>
			drafts(report(body))[0]!.record.facts.filter((f) => f.metric === 'self_score');
		expect(
			self('按部门整体支出绩效自评指标体系汇总评分,总得分88.5分,评价结果为良好。')[0]
		).toMatchObject({
			value: 88.5
		});
		expect(self('全县窗口服务技能竞赛中,我局总得分88.5分。').map((f) => f.value)).toEqual([95]);
	});

	test('12345 热线工单 handled', () => {
		expect(factsOf('市级转交办理“12345热线”工单356件,按时办结率100%。').map(brief)).toEqual([
			['hotline_tickets', 2023, 356, 'eq'],
			['hotline_completion_rate', 2023, 100, 'eq']
		]);
	});

	test('进驻率 of departments is not the share of items in the hall', () => {
		expect(factsOf('进驻政务服务大厅30个职能部门,进驻率100%。')).toEqual([]);
		expect(factsOf('进驻单位25家,进驻率100%。')).toEqual([]);
		expect(factsOf('进驻政务服务大厅事项820项,事项进驻率98%。').map(brief)).toContainEqual([
			'hall_entry_rate',
			2023,
			98,
			'eq'
		]);
	});
});

describe('tables', () => {
	const cells = (...c: string[]) => c.map((x) => `${x} |`).join('\n');

	test('cells one per line that carry their own scale, and the year line above', () => {
		const text = [
			'项目支出绩效自评表 |',
			'( 2023 年度) |',
			cells('项目名称', '测试项目', '项目资金 (万元)', '年初预算数', '全年预算数', '全年执行数'),
			cells('分值', '执行率', '得分', '年度资金总额', '80万', '80万', '64.5万', '10', '80.6%', '8'),
			'填报单位：测试县0001政务服务数据管理局',
			'发布日期: 2024年11月04日'
		].join('\n');
		const [d] = drafts(text);
		expect(d!.record.year).toBe(2023);
		expect(d!.record.facts.map(brief)).toEqual([
			['budget_initial', 2023, 800000, 'eq'],
			['budget_adjusted', 2023, 800000, 'eq'],
			['expenditure_final', 2023, 645000, 'eq'],
			['budget_execution_rate', 2023, 80.6, 'eq']
		]);
	});

	test('two amounts in one cell are a sentence, two in two cells a target and a result', () => {
		const row = '年度资金总额 | 财政拨款预算为150万元,执行数为120万元 | 10';
		expect(factsOf(row).map(brief)).toEqual([['expenditure_final', 2023, 1200000, 'eq']]);
		expect(factsOf('全年执行数 | 100万元 | 120万元')).toEqual([]);
	});
});
