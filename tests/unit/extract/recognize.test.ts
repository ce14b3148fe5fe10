/**
 * Which documents are self-evaluations. Written for these tests (synthetic 测试县 texts in
 * the shapes real reports take), not copied from one report: titles with spaces and line
 * breaks, issuing bodies and provinces the seeds never had, reports without a score table
 * or budget section, and the documents that are not reports, each refused by name.
 */
import { describe, expect, test } from 'vitest';
import { notAReport } from '../../../src/lib/domain/extract/recognize.ts';
import { cleanText } from '../../../src/lib/domain/extract/clean.ts';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { testContext } from './helpers.ts';

const why = (text: string) => {
	const c = cleanText(text);
	return notAReport(c.lines.map((l) => c.text.slice(l.start, l.end)).join('\n'));
};

const BODY = '一、部门基本情况\n我中心负责全县政务服务体系建设，内设办公室、审批股。';

describe('a document that calls itself a self-evaluation is a report', () => {
	test.each([
		['整体支出 绩效自评报告', '2023年度测试县0001政务服务中心整体支出 绩效自评报告'],
		['title over two lines', '测试县0001行政审批服务局2023年度部门整体支出\n\n绩效自评报告'],
		['项目支出, another body', '测试县0001数据发展中心2024年度项目支出绩效单位自评报告'],
		['单位自评 of a 大数据中心', '测试县0001大数据中心2022年度单位整体支出绩效自评报告'],
		['a 自评表', '部门预算项目支出绩效自评表(2023年度) |\n项目名称 |\n政务外网运维 |'],
		[
			'a title naming other documents but ending as a report',
			'测试县0001政务服务数据管理局2023年度部门决算及工作总结绩效自评报告'
		],
		['spaces inside the words', '2023 年 度 部 门 整 体 支 出 绩 效 自 评 报 告'],
		[
			'title after page furniture',
			'首页 > 信息公开 > 预算绩效\n发布时间：2024-03-01\n测试县0001政务服务和数据管理局2023年度绩效自评报告'
		],
		[
			'绩效评价报告 that says it is a 自评',
			'测试县0001城市管理局2019年部门整体支出绩效评价报告\n根据财政局通知，我局对2019年度本单位整体支出进行了绩效自评，现报告如下。'
		]
	])('%s', (_, title) => {
		expect(why(`${title}\n${BODY}`)).toBeNull();
	});

	test('a report without score table or budget section still gets a draft that says what is missing', () => {
		const r = extractReports(
			`测试县0001政务服务中心2023年度整体支出绩效自评报告\n${BODY}`,
			'r.txt',
			testContext
		);
		if (r.notReport !== null) throw new Error(r.notReport);
		expect(r.drafts).toHaveLength(1);
		expect(r.drafts[0]!.record.facts).toEqual([]);
		expect(r.drafts[0]!.notes.join(' ')).toMatch(
			/not found for 2023: 年初预算、支出决算、资金支出率、自评得分/
		);
	});
});

describe('documents that are not self-evaluations are refused, each with its reason', () => {
	test.each([
		[
			'work summary',
			'测试县0001政务服务数据管理局2023年工作总结和2024年工作计划\n一、2023年工作总结\n全年办理业务 12 万件，开展绩效自评工作。',
			/work summary/
		],
		[
			'summary without its title',
			'2023年，在县委县政府的正确领导下，我局扎实推进数字政府建设。\n粤智助自助机 150 台。',
			/work summary/
		],
		[
			'news item',
			'3月5日，测试县0001召开数字政府建设推进会。据悉，该县“粤智助”自助机已投放 150 台。',
			/news item/
		],
		[
			'notice',
			'关于开展2023年度部门整体支出绩效自评工作的通知\n各单位：请于3月31日前报送绩效自评报告。',
			/notice/
		],
		[
			'plan',
			'测试县0001数字政府建设2024年工作计划\n一、目标任务\n新增粤智助自助机 50 台。',
			/plan/
		],
		[
			'rules',
			'测试县0001预算绩效管理办法(试行)\n第一条 各单位应开展绩效自评，报送自评结果。',
			/rules/
		],
		[
			'final accounts',
			'测试县0001政务服务数据管理局2023年度部门决算\n十三、预算绩效情况说明\n本部门开展了整体支出绩效自评，自评得分 95 分。',
			/final-accounts/
		]
	])('%s', (_, text, reason) => {
		const r = extractReports(text, 'x.txt', testContext);
		expect(r.notReport).toMatch(reason);
		expect('drafts' in r).toBe(false);
	});
});
