/**
 * How a number reads, case by case: 万/亿 scaling at its boundaries, negatives, the
 * qualifiers (≥ ≈ ≤) and 累计, units that are never scaled, English, a missing figure and
 * the rounding of the last digit.
 */
import { describe, expect, test } from 'vitest';
import {
	formatChange,
	formatTick,
	formatValue,
	type FormatOptions
} from '../../../src/lib/format/index.ts';

type Case = [value: number | null | undefined, unit: string, opts: FormatOptions, text: string];

const cases: Record<string, Case[]> = {
	'scaling at 9,999 / 10,000 / 1e8': [
		[9999, '元', {}, '9,999元'],
		[10000, '元', {}, '1万元'],
		[12345, '元', {}, '1.23万元'],
		[3710164, '元', {}, '371.02万元'],
		[73246000, '元', {}, '7,324.6万元'],
		[99_999_999, '元', {}, '1亿元'],
		[1e8, '元', {}, '1亿元'],
		[123_456_789, '元', {}, '1.23亿元'],
		[930000, '笔', {}, '93万笔']
	],
	negatives: [
		[-3710164, '元', {}, '-371.02万元'],
		[-9999, '元', {}, '-9,999元'],
		[-0.36, '%', {}, '-0.36%']
	],
	'qualifiers and cumulative': [
		[896500, '人', { qualifier: 'ge' }, '≥89.65万人'],
		[85, '%', { qualifier: 'approx' }, '≈85%'],
		[100, '%', { qualifier: 'le' }, '≤100%'],
		[3710164, '元', { qualifier: 'eq' }, '371.02万元'],
		[345000, '笔', { basis: 'cumulative' }, '累计34.5万笔'],
		[345000, '笔', { qualifier: 'ge', basis: 'cumulative' }, '累计≥34.5万笔'],
		[345000, '笔', { basis: 'annual' }, '34.5万笔'],
		[345000, '笔', { basis: 'point' }, '34.5万笔']
	],
	'percent, points and percentage points are never scaled': [
		[92, '%', {}, '92%'],
		[118.92, '%', {}, '118.92%'],
		[12345, '%', {}, '12,345%'],
		[96.5, '分', {}, '96.5分'],
		[100, '分', {}, '100分'],
		[3.2, '个百分点', {}, '3.2个百分点'],
		[-1.5, '个百分点', {}, '-1.5个百分点']
	],
	English: [
		[3710164, '元', { lang: 'en' }, '371.02万元'],
		[345000, '笔', { lang: 'en', basis: 'cumulative' }, '34.5万笔 (cumulative)'],
		[896500, '人', { lang: 'en', qualifier: 'ge' }, '≥89.65万人'],
		[null, '元', { lang: 'en' }, 'not reported']
	],
	'not reported': [
		[null, '元', {}, '未报告'],
		[undefined, '%', {}, '未报告'],
		[Number.NaN, '元', {}, '未报告'],
		[null, '笔', { qualifier: 'ge', basis: 'cumulative' }, '未报告']
	],
	'rounding: never onto a whole number it is not': [
		[99.995, '%', {}, '99.995%'],
		[99.994, '%', {}, '99.99%'],
		[99.999, '%', {}, '99.999%'],
		[0.004, '%', {}, '0.004%'],
		[85.005, '分', {}, '85.005分'],
		[4789.999999999999, '元', {}, '4,790元'],
		[1.005, '倍', {}, '1.005倍'],
		[12.345, '个', {}, '12.35个']
	],
	'without the unit': [
		[3710164, '元', { bare: true }, '371.02万'],
		[245, '', { bare: true }, '245']
	]
};

describe('formatValue', () => {
	for (const [name, rows] of Object.entries(cases))
		test.each(rows)(`${name}: %s %s %o → %s`, (value, unit, opts, text) => {
			expect(formatValue(value, unit, opts)).toBe(text);
		});
});

describe('formatTick', () => {
	test.each([
		[0, '元', '0'],
		[5_000_000, '元', '500万'],
		[150_000_000, '元', '1.5亿'],
		[92.25, '%', '92.3']
	] as const)('%s %s → %s', (value, unit, text) => expect(formatTick(value, unit)).toBe(text));
});

describe('formatChange', () => {
	test.each([
		[0.0624, '+6.24%'],
		[-0.0036, '-0.36%'],
		[0, '0%'],
		[null, '—'],
		[Number.POSITIVE_INFINITY, '—']
	] as const)('%s → %s', (ratio, text) => expect(formatChange(ratio)).toBe(text));
});
