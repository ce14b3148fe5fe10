import { describe, expect, test } from 'vitest';
import { containsFolded, findQuote, fold, lineOf } from '../../../src/lib/domain/quotes.ts';

/** A report fragment the way the PDF conversions produce it. */
const SOURCE = [
	'一、部门基本情况',
	'（一）部门职能',
	'2023 年年初预算为 3,710,164 元， 2022 年年初',
	'预算为 3,491,995 元。',
	'与上年度相比，年初预算增长 6.24%，主要原因是绩效奖纳入工资福利支出。',
	'目前，我市“粤省事”实名用户数超89.65万人',
	'(1)绩效目标覆盖率(2 分): 自评得分 1.5 分',
	'年初预算增长 6.24%。'
].join('\n');

function only(quote: string): string {
	const spans = findQuote(SOURCE, quote);
	expect(spans, quote).toHaveLength(1);
	return SOURCE.slice(spans[0]!.start, spans[0]!.end);
}

describe('findQuote tolerates what the conversions change', () => {
	test('a sentence broken across lines, with spaces removed or added', () => {
		expect(only('2023 年年初预算为 3,710,164 元，2022 年年初预算为 3,491,995 元')).toBe(
			'2023 年年初预算为 3,710,164 元， 2022 年年初\n预算为 3,491,995 元'
		);
		expect(only('2023年年初预算为3,710,164元，2022年年初预算为3,491,995元')).toContain('\n预算为');
		expect(only('目 前 ， 我 市 “粤省事” 实名用户数 超 89.65 万人')).toBe(
			'目前，我市“粤省事”实名用户数超89.65万人'
		);
	});

	test('full- and half-width punctuation swapped', () => {
		expect(only('2023 年年初预算为 3,710,164 元, 2022 年年初预算为 3,491,995 元')).toContain(
			'元， 2022'
		);
		expect(only('（1）绩效目标覆盖率（2 分）：自评得分 1.5 分')).toBe(
			'(1)绩效目标覆盖率(2 分): 自评得分 1.5 分'
		);
		expect(only('与上年度相比,年初预算增长 6.24%,主要原因')).toBe(
			'与上年度相比，年初预算增长 6.24%，主要原因'
		);
		expect(only('３，７１０，１６４ 元')).toBe('3,710,164 元');
	});

	test('curly and straight double quotes', () => {
		expect(only('我市"粤省事"实名用户数')).toBe('我市“粤省事”实名用户数');
	});

	test('a changed digit, a changed character or a dropped word is not found', () => {
		expect(findQuote(SOURCE, '2023 年年初预算为 3,710,165 元')).toEqual([]);
		expect(findQuote(SOURCE, '2023 年年初预算为 3,710,164 万元')).toEqual([]);
		expect(findQuote(SOURCE, '2024 年年初预算为 3,710,164 元')).toEqual([]);
		expect(findQuote(SOURCE, '2023 年年终预算为 3,710,164 元')).toEqual([]);
		expect(findQuote(SOURCE, '目前，我市“粤省事”用户数超89.65万人')).toEqual([]);
		expect(findQuote(SOURCE, '我市“粤省事”实名用户数89.65万人')).toEqual([]);
		expect(findQuote(SOURCE, '3.710.164 元')).toEqual([]);
	});

	test('an empty or blank quote is never found', () => {
		expect(findQuote(SOURCE, '')).toEqual([]);
		expect(findQuote(SOURCE, ' \n ')).toEqual([]);
	});

	test('every occurrence, in order, with original offsets', () => {
		const spans = findQuote(SOURCE, '年初预算增长 6.24%');
		expect(spans).toHaveLength(2);
		expect(spans[0]!.start).toBeLessThan(spans[1]!.start);
		for (const s of spans) expect(SOURCE.slice(s.start, s.end)).toBe('年初预算增长 6.24%');
		expect(lineOf(SOURCE, spans[0]!.start)).toBe(5);
		expect(lineOf(SOURCE, spans[1]!.start)).toBe(8);
		expect(spans[1]!.end).toBe(SOURCE.lastIndexOf('%') + 1);
	});

	test('overlapping occurrences are all reported', () => {
		expect(findQuote('aaaa', 'aa')).toEqual([
			{ start: 0, end: 2 },
			{ start: 1, end: 3 },
			{ start: 2, end: 4 }
		]);
	});

	test('offsets stay right after characters outside the BMP and NFKC expansions', () => {
		const text = '𠀀 abc ﬁ 第 3 项\n数据';
		const [span] = findQuote(text, '第3项数据');
		expect(text.slice(span!.start, span!.end)).toBe('第 3 项\n数据');
		const [lig] = findQuote(text, 'fi');
		expect(text.slice(lig!.start, lig!.end)).toBe('ﬁ');
	});

	test('accepts a pre-folded source', () => {
		const folded = fold(SOURCE);
		expect(findQuote(folded, '年初预算增长 6.24%')).toEqual(
			findQuote(SOURCE, '年初预算增长 6.24%')
		);
	});
});

describe('fold', () => {
	test('drops whitespace and maps each folded character back to the original', () => {
		const f = fold('a， b\n“c”');
		expect(f.text).toBe('a,b"c"');
		expect(f.offsets).toEqual([0, 1, 3, 5, 6, 7]);
		expect(f.ends).toEqual([1, 2, 4, 6, 7, 8]);
	});
});

describe('containsFolded', () => {
	test('under the same tolerance as findQuote', () => {
		expect(containsFolded('本年财政拨款收入为7324.60万元，支出为', '7324.60 万元')).toBe(true);
		expect(containsFolded('在编人员共 13（含工勤）人', '13(含工勤)人')).toBe(true);
		expect(containsFolded('在编人员共 13（含工勤）人', '14(含工勤)人')).toBe(false);
		expect(containsFolded('anything', '  ')).toBe(false);
	});
});

describe('lineOf', () => {
	test('is 1-based and counts newlines before the offset', () => {
		expect(lineOf('a\nb\nc', 0)).toBe(1);
		expect(lineOf('a\nb\nc', 1)).toBe(1);
		expect(lineOf('a\nb\nc', 2)).toBe(2);
		expect(lineOf('a\nb\nc', 4)).toBe(3);
	});
});
