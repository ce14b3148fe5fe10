import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../../src/lib/domain/extract/clean.ts';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { splitReports } from '../../../src/lib/domain/extract/split.ts';
import { drafts, realContext, report, testContext } from './helpers.ts';

const seed = (name: string) => readFileSync(`data/sources/${name}`, 'utf8');
const real = realContext();

describe('region', () => {
	test('from the header', () => {
		const [d] = drafts(report('我局核定行政编制 8 名。'));
		expect(d!.record.region_code).toBe('990001');
		expect(d!.record.unit_name).toBe('测试县0001政务服务数据管理局');
	});

	test('from the body when the header names only 县政务服务数据管理局 (新丰)', () => {
		const r = extractReports(seed('002_80a3220584d78cfb.txt'), '002.txt', real);
		expect(r.notReport).toBeNull();
		if (r.notReport !== null) return;
		for (const d of r.drafts) {
			expect(d.record.region_code).toBe('440233');
			expect(d.record.unit_name).toBe('新丰县政务服务数据管理局');
		}
	});

	test('a county not in data/regions.yaml is recognised from the division dataset', () => {
		const text = [
			'2023年度部门整体支出绩效自评报告',
			'部门名称：徐闻县政务服务数据管理局',
			'一、部门的基本情况',
			'徐闻县政务服务数据管理局2023年年初预算为 2,000,000 元，湛江市下达的任务全部完成。',
			'我局2023年整体支出绩效自评结果为 90 分。'
		].join('\n');
		const [d] = drafts(text, real);
		expect(d!.region).toMatchObject({ code: '440825', name: '徐闻县', listed: false });
		expect(d!.record.region_code).toBe('440825');
		expect(d!.notes.join(' ')).toMatch(/徐闻县 \(440825\) is not in data\/regions\.yaml/);
	});

	test('a county named in passing does not win over the reporting county', () => {
		const r = extractReports(seed('003_dfc3b55ffced65d5.txt'), '003.txt', real);
		if (r.notReport !== null) throw new Error(r.notReport);
		expect(r.drafts[0]!.record.region_code).toBe('440883');
	});
});

describe('year, kind, title, dates', () => {
	test('部门整体 report with title, filing date and grade', () => {
		const r = extractReports(seed('004_ae923b7ef8d2ec7e.txt'), '004.txt', real);
		if (r.notReport !== null) throw new Error(r.notReport);
		expect(r.drafts[0]!.record).toMatchObject({
			year: 2021,
			kind: 'overall',
			report_type: '部门整体支出',
			project_name: null,
			title: '2021年度部门整体支出绩效自评报告',
			filed_on: '2022-01-28',
			self_score: 97,
			grade: '优'
		});
	});

	test('a report without title or date takes its year from the body', () => {
		const r = extractReports(seed('001_bdf8fd4c272cd2da.txt'), '001.txt', real);
		if (r.notReport !== null) throw new Error(r.notReport);
		const [d] = r.drafts;
		expect(d!.record).toMatchObject({
			year: 2022,
			kind: 'overall',
			filed_on: null,
			self_score: 98.2
		});
		expect(d!.notes.join(' ')).toMatch(/no title/);
	});

	test('整体绩效 report with 评价年度 and 评价单位', () => {
		const r = extractReports(seed('003_dfc3b55ffced65d5.txt'), '003.txt', real);
		if (r.notReport !== null) throw new Error(r.notReport);
		expect(r.drafts[0]!.record).toMatchObject({
			year: 2023,
			kind: 'overall',
			report_type: '整体绩效',
			unit_name: '吴川市政务服务数据管理局本级',
			filed_on: '2024-04-29',
			grade: '优秀'
		});
	});

	test('project reports: kind, project name, filing date', () => {
		const r = extractReports(seed('002_80a3220584d78cfb.txt'), '002.txt', real);
		if (r.notReport !== null) throw new Error(r.notReport);
		expect(r.drafts.map((d) => [d.record.kind, d.record.project_name, d.record.filed_on])).toEqual([
			['project', '政务服务建设推广', '2024-03-20'],
			['project', '政务系统管理', '2024-03-20'],
			['project', '电子政务外网网络管理', '2024-03-13']
		]);
		for (const d of r.drafts)
			expect(d.record.report_id).toMatch(/^440233-2023-project-[0-9a-f]{6}$/);
	});

	test('filing dates in other notations, and impossible dates', () => {
		const d = (line: string) =>
			drafts(report('x').replace('填报日期：2024年3月1日', line))[0]!.record.filed_on;
		expect(d('填报日期：2024.4.9')).toBe('2024-04-09');
		expect(d('填报日期：2024-04-09')).toBe('2024-04-09');
		expect(d('填报日期：2024年2月30日')).toBeNull();
	});
});

describe('splitting a file that holds several reports', () => {
	test('the 新丰 file holds three reports, each with its 附件 line', () => {
		const source = seed('002_80a3220584d78cfb.txt');
		const parts = splitReports(cleanText(source));
		expect(parts).toHaveLength(3);
		const lines = source.split('\n');
		for (const p of parts) {
			expect(lines[p.lines[0] - 1]).toMatch(/^附件/);
			expect(lines.slice(p.lines[0] - 1, p.lines[1]).join('\n')).toMatch(/项目名称/);
		}
		expect(parts[0]!.lines[1]).toBeLessThan(parts[1]!.lines[0]);
	});

	test('one report stays one, even when its body mentions 自评报告', () => {
		const parts = splitReports(cleanText(seed('003_dfc3b55ffced65d5.txt')));
		expect(parts).toHaveLength(1);
	});

	test('numbered sections that skip do not split or confuse the plans sections', () => {
		const text = report(
			[
				'（一）部门概况',
				'（三）部门整体支出目标及任务',
				'粤智助自助机投放 500 台。',
				'（五）主要绩效',
				'全县粤智助自助机 120 台。'
			].join('\n')
		);
		const [d] = drafts(text);
		expect(d!.record.facts.filter((f) => f.metric === 'yzz_kiosks').map((f) => f.value)).toEqual([
			120
		]);
	});
});

describe('documents that are not self-evaluation reports', () => {
	test.each([
		[
			'a work summary',
			'测试县0001政务服务数据管理局2023年工作总结\n2023年，我局粤智助自助机业务量达 12 万笔，12345热线受理工单 3 万件。\n2024年工作计划：继续推进数字政府建设。'
		],
		[
			'a news item',
			'本报讯（记者 张三）近日，测试县0001召开数字政府建设推进会。据悉，该县“粤智助”自助机已投放 150 台，累计办理业务 20 万笔。'
		]
	])('%s is said to be one, with no draft', (_, text) => {
		const r = extractReports(text, 'x.txt', testContext);
		expect(r.notReport).toMatch(
			/(work summary|news item|not a performance self-evaluation report)/
		);
		expect('drafts' in r).toBe(false);
	});
});

describe('more year and unit forms', () => {
	test('a “(2022 年度)” line beats the filing year', () => {
		const text = [
			'财政支出项目绩效自评报告',
			'(2022 年度)',
			'项目名称：测试项目',
			'项目单位：测试县0001政务服务数据管理局',
			'填报日期：2024 年 1 月 5 日',
			'一、基本情况',
			'年初预算为 10 万元。二、自评情况 自评 95 分。'
		].join('\n');
		const [d] = drafts(text);
		expect(d!.record).toMatchObject({ year: 2022, kind: 'project', project_name: '测试项目' });
	});

	test('a city department’s own report is said to be one, not put on a county', () => {
		const text = [
			'2023年度部门整体支出绩效自评报告',
			'部门名称：韶关市政务服务数据管理局',
			'一、部门基本情况',
			'指导乐昌市、新丰县开展工作。我局2023年整体支出绩效自评结果为 96 分。'
		].join('\n');
		const [d] = drafts(text, real);
		expect(d!.region).toMatchObject({ code: '440200', level: 'city' });
		expect(d!.notes.join(' ')).toMatch(/韶关市's own, not a county's/);
	});
});
