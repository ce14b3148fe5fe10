/**
 * Layouts and wordings that real reports use and the seed reports do not, each with a
 * text of the test county written for the test: a Word table flattened into one line,
 * staff posts counted in 个, staff broken down in brackets after a part's head count, text
 * re-wrapped with blank lines, a unit in brackets between a label and its number, a
 * county whose name has two characters, and a prefecture's own report that names a
 * county in passing. Every draft must pass npm run data's checks.
 */
import { describe, expect, test } from 'vitest';
import type { ExtractContext } from '../../../src/lib/domain/extract/draft.ts';
import { brief, drafts, factsOf, realContext } from './helpers.ts';

describe('a table flattened into one line', () => {
	const form = (cells: string) =>
		`项目名称 测试项目 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ${cells}`;

	test('the total row under the headings, its bare rate in %', () => {
		const body = form(
			'年度资金总额: 120 100 95.5 10 95.5 9.6 其中:本年财政拨款 120 100 95.5 上年结转资金'
		);
		expect(factsOf(body).map(brief)).toEqual([
			['budget_initial', 2023, 1200000, 'eq'],
			['budget_adjusted', 2023, 1000000, 'eq'],
			['expenditure_final', 2023, 955000, 'eq'],
			['budget_execution_rate', 2023, 95.5, 'eq']
		]);
		const [f] = factsOf(body);
		expect(f).toMatchObject({ figure: '120', table_unit: '万元' });
		expect(f!.quote).toMatch(/^\(万元\) 年初预算数.*年度资金总额: 120$/);
	});

	test('a rate cell that could be a fraction (0.96) is left out', () => {
		const body = form('年度资金总额: 120 100 96 10 0.96 9.6');
		expect(factsOf(body).map((f) => f.metric)).not.toContain('budget_execution_rate');
	});

	test('more numbers than headings is not a row of that table', () => {
		const body = form('年度资金总额: 120 100 96 10 96 9.6 1 2');
		expect(factsOf(body)).toEqual([]);
	});

	test('headings in a sentence, with no row of numbers after them, give nothing', () => {
		expect(factsOf('年初预算数全年执行数均按时公开,共公开 3 次。')).toEqual([]);
	});
});

describe('staff', () => {
	test('编制 counted in 个 (posts), the parts after 其中 left alone', () => {
		const facts = factsOf(
			'我局行政事业总编制为 30 个,其中行政编 12 个、事业编 18 个。现有在职人员 28 人。'
		);
		expect(facts.map(brief)).toEqual([
			['staff_authorized', 2023, 30, 'eq'],
			['staff_actual', 2023, 28, 'eq']
		]);
	});
});

describe('staff counted inside brackets', () => {
	test('a bracket after a part’s head count gives that part’s 在编 staff', () => {
		const facts = factsOf(
			'全局现有人员 520 人,其中机关 60 人(在职在编 41 人、退休人员 9 人、协管员 10 人),' +
				'执法大队 460 人(在职在编 88 人、临聘人员 372 人)。'
		);
		expect(facts.map((f) => [...brief(f), f.part])).toEqual([
			['staff_actual', 2023, 41, 'eq', '机关'],
			['staff_actual', 2023, 88, 'eq', '执法大队']
		]);
	});

	test('a bracket that is an aside, not a breakdown of a head count, gives nothing', () => {
		expect(factsOf('局机关设 5 个股室(在编人员 20 人)。')).toEqual([]);
	});
});

describe('a unit in brackets between a label and its number', () => {
	test('预算执行率(%)96.5 with cells run together', () => {
		const facts = factsOf('主管部门财政处室部门预算执行率(%)96.5部门联系人张三');
		expect(facts.map(brief)).toEqual([['budget_execution_rate', 2023, 96.5, 'eq']]);
		expect(facts[0]).toMatchObject({ figure: '96.5', table_unit: '%' });
	});

	test('a bracket whose unit the metric does not take gives nothing', () => {
		expect(factsOf('主管部门财政处室部门预算执行率(万元)96.5部门联系人张三')).toEqual([]);
	});
});

describe('text re-wrapped with a blank line between every two lines', () => {
	test('a short line that carries on a sentence is not a heading', () => {
		const body = [
			'严格执行各项财务管理制度，加强预算管理，规范资金使用，确保',
			'',
			'资金安全，本年度实际支出的公用经费总额与预算安排的比率为',
			'',
			'1:1，不超预算，对机关运行经费实行严格管理，2023 年我局公用',
			'',
			'经费预算数为 16.38 万',
			'',
			'元，决算数为 16.38 万元，各项经费支出均按规定程序审批报销。'
		].join('\n');
		expect(factsOf(body).map(brief)).toEqual([
			['public_funds_budget', 2023, 163800, 'eq'],
			['public_funds_final', 2023, 163800, 'eq']
		]);
	});
});

describe('region', () => {
	const real: ExtractContext = realContext();

	test('a two-character county (南县) from a title that starts with it', () => {
		const text = [
			'南县政务服务中心2023年度整体支出绩效自评报告',
			'一、部门概况',
			'我中心 2023 年整体支出绩效自评结果为 92 分。'
		].join('\n');
		expect(drafts(text, real)[0]!.region).toMatchObject({ code: '430921', name: '南县' });
	});

	test('a two-character name inside another word (湖南县域) is not that county', () => {
		const text = [
			'2023年度部门整体支出绩效自评报告',
			'部门名称：测试县0001政务服务数据管理局',
			'推进湖南县域政务服务一体化。我局整体支出绩效自评结果为 92 分。'
		].join('\n');
		expect(drafts(text, real)[0]!.region?.code).not.toBe('430921');
	});

	test('a prefecture’s own report (红河州) is not put on the county its body names', () => {
		const text = [
			'发布机构: 红河州数据发展中心',
			'红河州数据发展中心2024年度项目支出绩效单位自评报告',
			'一、基本情况',
			'展厅位于蒙自市红河文化广场,年初批复预算 985 万元。'
		].join('\n');
		const [d] = drafts(text, real);
		expect(d!.region).toMatchObject({ code: '532500', level: 'city' });
		expect(d!.notes.join(' ')).toMatch(/own, not a county's/);
	});
});
