/**
 * Figures in tables and in the narrative layouts of reports from other places, with
 * synthetic texts of the test county written for these tests: units only in a heading or
 * a 单位 line, the total row among item rows, cells one per line, forms, 实际完成值
 * beside 年度指标值, and 累计/截至/共/达到, thousands separators and full-width digits in
 * paragraphs. Every draft must pass the verification of npm run data.
 */
import { describe, expect, test } from 'vitest';
import type { Fact } from '../../../src/lib/domain/schema.ts';
import { catalogueIndex, verifyRecord } from '../../../src/lib/domain/verify.ts';
import { brief, drafts, factsOf, report, testContext } from './helpers.ts';

const rows = (...lines: string[][]) => lines.map((l) => l.join('\t')).join('\n');

describe('units stated only by the table', () => {
	test('(万元) in a heading scales the bare numbers under it; the rate keeps its %', () => {
		const body = rows(
			['项目', '年初预算数(万元)', '全年预算数(万元)', '全年执行数(万元)', '执行率'],
			['合计', '500', '480.5', '470.25', '97.87%']
		);
		expect(factsOf(body).map(brief)).toEqual([
			['budget_initial', 2023, 5000000, 'eq'],
			['budget_adjusted', 2023, 4805000, 'eq'],
			['expenditure_final', 2023, 4702500, 'eq'],
			['budget_execution_rate', 2023, 97.87, 'eq']
		]);
		const [f] = factsOf(body);
		expect(f).toMatchObject({ figure: '500', table_unit: '万元' });
		expect(f!.quote).toMatch(/^年初预算数\(万元\).*合计 500$/);
	});

	test('a 单位：万元 line above the table, and a group heading over the columns', () => {
		const body = [
			'单位：万元',
			rows(['预算执行情况', '年度预算数', '年初预算', '调整后预算数', '预算执行数', '预算执行率']),
			rows(['', '总额', '1,200.00', '1,300.00', '1,250.50', '96.19%'])
		].join('\n');
		expect(factsOf(body).map(brief)).toEqual([
			['budget_initial', 2023, 12000000, 'eq'],
			['budget_adjusted', 2023, 13000000, 'eq'],
			['expenditure_final', 2023, 12505000, 'eq'],
			['budget_execution_rate', 2023, 96.19, 'eq']
		]);
	});

	test('a table figure is on the basis the catalogue gives its metric', () => {
		const body = rows(['项目', '年初预算数(万元)', '执行率'], ['合计', '500', '97.87%']);
		const basisOf = (basis: Fact['basis']) => {
			const { catalogue } = testContext;
			const metrics = catalogue.metrics.map((m) =>
				m.id === 'budget_execution_rate' ? { ...m, basis } : m
			);
			const [d] = drafts(report(body), { ...testContext, catalogue: { ...catalogue, metrics } });
			return d!.record.facts.find((f) => f.metric === 'budget_execution_rate')?.basis;
		};
		expect(basisOf('annual')).toBe('annual');
		expect(basisOf('point')).toBe('point');
	});

	test('without any unit for money the cells are not drafted', () => {
		const body = rows(['项目', '年初预算数', '全年执行数'], ['合计', '500', '470']);
		expect(factsOf(body)).toEqual([]);
	});

	test('every table figure passes the verification of npm run data', () => {
		const body = rows(['项目', '年初预算数(万元)', '全年执行数(万元)'], ['合计', '500', '470']);
		expect(drafts(report(body))[0]!.dropped).toEqual([]);
	});

	test('verification refuses a table unit its quote does not show', () => {
		const text = report(
			rows(['项目', '年初预算数(万元)', '全年执行数(万元)'], ['合计', '500', '470'])
		);
		const [d] = drafts(text);
		const f = d!.record.facts.find((x) => x.table_unit)!;
		const check = (fact: Fact) =>
			verifyRecord({ ...d!.record, facts: [fact] }, '990001-2023.yaml', {
				metrics: catalogueIndex(testContext.catalogue),
				regions: new Map(testContext.regions.map((r) => [r.code, r])),
				sources: new Map([['test.txt', text]])
			}).problems.map((p) => `${p.path}: ${p.message}`);
		expect(check(f)).toEqual([]);
		expect(check({ ...f, quote: '合计 500' })).toEqual([
			'facts[0].table_unit: “万元” does not occur in the quote: quote the heading or line that states it'
		]);
	});
});

describe('which row', () => {
	test('the total row, not the rows of its parts (其中)', () => {
		const body = rows(
			['资金来源', '年初预算数(万元)', '全年执行数(万元)'],
			['其中：财政拨款', '300', '290'],
			['单位资金', '200', '180'],
			['合计', '500', '470']
		);
		expect(factsOf(body).map((f) => f.value)).toEqual([5000000, 4700000]);
	});

	test('a table of several projects and no total drafts nothing: each row is a part', () => {
		const body = rows(
			['项目名称', '年初预算数(万元)', '全年执行数(万元)'],
			['政务外网运维', '120', '118'],
			['粤智助推广', '80', '75']
		);
		expect(factsOf(body)).toEqual([]);
	});

	test('cells one per line, as some web pages give them', () => {
		const body = [
			'年度预算数(万元) |',
			'年初预算 |',
			'调整后预算数 |',
			'预算执行数 |',
			'预算执行率 |',
			'总额 |',
			'88.50 |',
			'90.00 |',
			'89.10 |',
			'99.00% |'
		].join('\n');
		expect(factsOf(body).map(brief)).toEqual([
			['budget_initial', 2023, 885000, 'eq'],
			['budget_adjusted', 2023, 900000, 'eq'],
			['expenditure_final', 2023, 891000, 'eq'],
			['budget_execution_rate', 2023, 99, 'eq']
		]);
	});
});

describe('indicator tables: the result is the fact, the target never', () => {
	test('实际完成值 beside 年度指标值, the unit in its own column', () => {
		const body = rows(
			['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '度量单位', '分值', '得分'],
			['产出指标', '数量指标', '粤智助自助机投放数量', '≥150', '162', '台', '10', '10'],
			['', '质量指标', '政府采购执行率', '100', '87.5', '%', '5', '4'],
			['效益指标', '社会效益', '群众满意度', '≥90', '95', '%', '10', '10']
		);
		expect(factsOf(body).map(brief)).toEqual([
			['yzz_kiosks', 2023, 162, 'eq'],
			['procurement_execution_rate', 2023, 87.5, 'eq']
		]);
	});

	test('a row shorter on the left (merged cells) still pairs name and result', () => {
		const body = rows(
			['一级指标', '二级指标', '三级指标', '指标值', '完成值'],
			['产出指标', '数量指标', '固定资产利用率', '90%', '98%'],
			['质量指标', '绩效目标覆盖率', '100%', '100%']
		);
		expect(factsOf(body).map(brief)).toEqual([
			['asset_utilization_rate', 2023, 98, 'eq'],
			['perf_target_coverage', 2023, 100, 'eq']
		]);
	});
});

describe('forms', () => {
	test('a label with its number on the next line', () => {
		expect(factsOf(['人员编制', '', '18', '', '实有人数', '', '16'].join('\n')).map(brief)).toEqual(
			[
				['staff_authorized', 2023, 18, 'eq'],
				['staff_actual', 2023, 16, 'eq']
			]
		);
	});

	test('a label beside its number in a row, but never a score row', () => {
		const [d] = drafts(report(rows(['主管部门', '测试县0001财政局', '自评总分(分)', '91.5'])));
		expect(d!.record.facts.filter((f) => f.metric === 'self_score').map(brief)).toEqual([
			['self_score', 2023, 91.5, 'eq'],
			['self_score', 2023, 95, 'eq']
		]);
		expect(factsOf(rows(['预算执行', '预算执行率', '5', '4']))).toEqual([]);
	});
});

describe('figures inside narrative paragraphs', () => {
	test.each([
		[
			'截至目前，全县粤智助自助机累计办理业务量 186,420 件。',
			['yzz_transactions', 186420, 'cumulative']
		],
		['截至2023年12月31日，我中心事业编制人数 12 人。', ['staff_authorized', 12, 'point']],
		['全县共有政务服务事项 1,234 项。', ['service_items', 1234, 'point']],
		['机构改革后，编制调减至 15 人。', ['staff_authorized', 15, 'point']],
		['粤智助自助机达到１５６台。', ['yzz_kiosks', 156, 'point']],
		[
			'政务外网运维经费 120 万元经年初预算审核通过，全部用于平台运行。',
			['budget_initial', 1200000, 'annual']
		],
		['全县粤智助自助机 90 台，每台机器可办事项 210 项。', ['yzz_items', 210, 'point']]
	])('%s', (body, [metric, value, basis]) => {
		const f = factsOf(body).find((x) => x.metric === metric);
		expect(f).toMatchObject({ metric, value, basis, year: 2023 });
	});

	test('年初批复预算 8 个项目 985 万元: the amount is the budget, the count is not', () => {
		expect(
			factsOf('年初批复预算8个项目985万元，调整预算后项目预算861.46万元。').map(brief)
		).toEqual([
			['budget_initial', 2023, 9850000, 'eq'],
			['budget_adjusted', 2023, 8614600, 'eq']
		]);
	});

	test('a head count that includes retirees is not the staff in post', () => {
		expect(
			factsOf('局机关现有人员 60 人，其中在职在编 41 人、退休人员 19 人。').map(brief)
		).not.toContainEqual(['staff_actual', 2023, 60, 'eq']);
	});
});
