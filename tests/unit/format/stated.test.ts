import { describe, expect, test } from 'vitest';
import {
	formatStated,
	statedCells,
	statedTexts,
	type StatedFigure
} from '../../../src/lib/format/index.ts';

const value = (
	v: number,
	figure: string,
	report_id: string,
	qualifier: 'eq' | 'ge' | 'le' | 'approx' = 'eq',
	basis: 'annual' | 'cumulative' | 'point' = 'annual'
) => ({ value: v, qualifier, basis, facts: [{ figure, report_id }] });

const budget: StatedFigure = {
	unit: '元',
	basis: 'annual',
	values: [value(3710164, '3,710,164 元', '440281-2023')]
};
const contradicted: StatedFigure = {
	unit: '%',
	basis: 'annual',
	values: [value(92, '92%', '440281-2023'), value(90, '90%', '440281-2023')]
};
const cumulative: StatedFigure = {
	unit: '笔',
	basis: 'cumulative',
	values: [value(345000, '34.5万笔', '440883-2023', 'ge', 'cumulative')]
};

describe('a stated figure as text', () => {
	test.each([
		[budget, 'zh', '371.02万元'],
		[contradicted, 'zh', '92% / 90%'],
		[cumulative, 'zh', '累计≥34.5万笔'],
		[cumulative, 'en', '≥34.5万笔 (cumulative)'],
		[null, 'zh', '未报告'],
		[{ ...budget, values: [] }, 'en', 'not reported']
	] as const)('%#: %s', (stated, lang, text) => {
		expect(formatStated(stated, lang)).toBe(text);
	});

	test('each value of a contradiction on its own, for a footnote after each', () => {
		expect(statedTexts(contradicted, 'zh')).toEqual(['92%', '90%']);
		expect(statedTexts(undefined, 'zh')).toEqual(['未报告']);
	});
});

describe('a stated figure as CSV cells', () => {
	test('one value: the number itself, with its qualifier, basis, words and report', () => {
		expect(statedCells(cumulative, 'zh')).toEqual({
			value: 345000,
			qualifier: 'ge',
			basis: 'cumulative',
			figure: '34.5万笔',
			report: '440883-2023'
		});
	});

	test('a contradiction: every value side by side, none picked', () => {
		expect(statedCells(contradicted, 'zh')).toEqual({
			value: '92 / 90',
			qualifier: 'eq / eq',
			basis: 'annual',
			figure: '92% / 90%',
			report: '440281-2023 / 440281-2023'
		});
	});

	test('not reported: empty cells, and the words in the as-written column', () => {
		expect(statedCells(null, 'en')).toEqual({
			value: null,
			qualifier: null,
			basis: null,
			figure: 'not reported',
			report: null
		});
	});
});
