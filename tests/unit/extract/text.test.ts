import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanText, originalSlice } from '../../../src/lib/domain/extract/clean.ts';
import { parseScores } from '../../../src/lib/domain/extract/scores.ts';
import { segment } from '../../../src/lib/domain/extract/segment.ts';
import { brief, factsOf } from './helpers.ts';

const sentencesOf = (text: string) => {
	const c = cleanText(text);
	return segment(c, 0, c.text.length).sentences.map((s) => c.text.slice(s.start, s.end));
};

describe('cleaning the conversion noise', () => {
	test('LaTeX residue, Markdown marks and full-width forms, mapped back to the original', () => {
		const c = cleanText(
			'## 二、自评结论\n**七是** 比率 $\\leq 100\\%$ ，年初预算３，７１０元（含工勤）'
		);
		expect(c.text).toBe('二、自评结论七是比率≤100%，年初预算3，710元(含工勤)');
		const at = c.text.indexOf('≤');
		expect(originalSlice(c, at, at + 5)).toBe('\\leq 100\\%');
	});

	test('a space stays only between ASCII letters or digits', () => {
		expect(cleanText('共 12 345 个 OA 系统, IPv6 改造, 93 万 笔').text).toBe(
			'共12 345个OA系统,IPv6改造,93万笔'
		);
	});

	test('lone page numbers between prose lines are dropped, table cells are not', () => {
		expect(cleanText('缩短报装时\n\n6\n\n间。').text).toBe('缩短报装时间。');
		expect(cleanText('分值\n5\n5\n得分').text).toBe('分值55得分');
	});

	test('radical code points from PDF text layers read as the characters', () => {
		expect(cleanText('⼀窗受理率，⽀出决算，⾸⻚，⽤⼾').text).toBe(
			'一窗受理率，支出决算，首页，用户'
		);
	});
});

describe('sentences', () => {
	test('a sentence broken across lines (and blank lines) is one sentence', () => {
		expect(
			sentencesOf('2022 年年初预算为 3,491,995 元，2021 年年初预算\n\n3,010,664.91 元。')
		).toEqual(['2022年年初预算为3,491,995元，2021年年初预算3,010,664.91元。']);
	});

	test('a heading line starts a new sentence even without punctuation', () => {
		expect(
			sentencesOf('（3）国库集中支付结转结余存量资金效率性（3 分）\n（4）政府采购执行率（2 分）。')
		).toEqual(['(3)国库集中支付结转结余存量资金效率性(3分)', '(4)政府采购执行率(2分)。']);
	});

	test('a short unterminated line is a heading; a line ending mid-sentence is not', () => {
		const long =
			'为进一步规范完善村级便民服务事项管理，推动村级更清晰更有效为群众提供相关便民服务，梳理形成清单';
		expect(sentencesOf(`单位基本情况\n${long}\n共 228 项。`)).toEqual([
			'单位基本情况',
			`${long}共228项。`
		]);
	});
});

describe('the indicator score table', () => {
	test('sections, groups and indicators with their maxima and points', () => {
		const text = [
			'(一) 预算编制情况 (28 分)',
			'1. 预算编制。指标分值 18 分。',
			'(1) 预算编制合理性 (5 分)。',
			'自评得分 5 分，我局合理编制年度预算。',
			'（7）预决算信息，绩效评价结果公开性（4 分）。',
			'自评得分 4 分。',
			'4. 人员管理。指标分值 2 分。',
			'自评得分 2 分，本年度在编人员共 13 人。',
			'（1）部门预算资金支出率（3 分）。',
			'自评得分 5 分（含无转移支付 3 分），资金支出率为 100.8%。',
			'5. 加减分项。',
			'自评得分 1.5 分，我局被通报表扬。'
		].join('\n');
		const c = cleanText(text);
		const t = parseScores(c, 0, c.text.length);
		expect(t.scores.map((s) => [s.section, s.group, s.indicator, s.max_points, s.points])).toEqual([
			['预算编制', '预算编制', '预算编制合理性', 5, 5],
			['预算编制', '预算编制', '预决算信息，绩效评价结果公开性', 4, 4],
			['预算编制', '人员管理', '人员管理', 2, 2],
			['预算编制', '人员管理', '部门预算资金支出率', 3, 5],
			['加减分', null, '加减分项', null, 1.5]
		]);
		expect(t.subtotals.map((s) => [s.section, s.group, s.max_points])).toEqual([
			['预算编制', null, 28],
			['预算编制', '预算编制', 18],
			['预算编制', '人员管理', 2]
		]);
		expect(t.scores[0]!.quote).toBe('(1) 预算编制合理性 (5 分)。自评得分 5 分');
	});

	test('an indicator’s 自评得分 is a score, not the report’s self-score; the facts beside it stay', () => {
		const facts = factsOf(
			'（三）资金使用效益（30 分）\n（1）重点工作完成率（3 分）。\n自评得分 3 分，我局重点工作完成率为 100%。'
		);
		expect(facts.map(brief)).toEqual([['key_task_completion_rate', 2023, 100, 'eq']]);
	});

	test('the seeds: 28 indicators in each scored report', () => {
		for (const name of ['000_f5dba7c106cb292e.txt', '001_bdf8fd4c272cd2da.txt']) {
			const c = cleanText(readFileSync(`data/sources/${name}`, 'utf8'));
			expect(parseScores(c, 0, c.text.length).scores).toHaveLength(28);
		}
	});
});

describe('a score table flattened into lines', () => {
	test('rows after a heading with 分值 and 得分 columns', () => {
		const text = [
			'一级指标\t二级指标\t三级指标\t分值\t得分',
			'预算编制\t预算编制\t预算编制合理性\t5\t5',
			'\t\t预算编制规范性\t5\t4.5',
			'预算执行\t资金管理\t资金支出率\t3\t2',
			'合计\t\t\t100\t95.5',
			'二、主要绩效'
		].join('\n');
		const c = cleanText(text);
		const t = parseScores(c, 0, c.text.length);
		expect(t.scores.map((s) => [s.section, s.group, s.indicator, s.max_points, s.points])).toEqual([
			['预算编制', '预算编制', '预算编制合理性', 5, 5],
			['预算编制', '预算编制', '预算编制规范性', 5, 4.5],
			['预算执行', '资金管理', '资金支出率', 3, 2]
		]);
		expect(t.scores[1]!.quote).toBe('预算编制规范性 5 4.5');
	});
});
