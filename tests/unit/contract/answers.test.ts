import { describe, expect, test } from 'vitest';
import {
	metricFactsPath,
	packRows,
	statedPath,
	unpackRows,
	yearFactsPath
} from '../../../src/lib/contract/answers.ts';

describe('precomputed answers: layout', () => {
	test('one folder per area, one file per metric and per year', () => {
		expect(statedPath('440200')).toBe('answers/440200/stated.json');
		expect(metricFactsPath('440200', 'budget_initial')).toBe(
			'answers/440200/metric-budget_initial.json'
		);
		expect(yearFactsPath('440800', 2023)).toBe('answers/440800/year-2023.json');
	});

	test.each(['../x', '44/02', '', 'a b', '440200.json'])(
		'refuses %j as a path segment rather than write outside its folder',
		(bad) => {
			expect(() => metricFactsPath('440200', bad)).toThrow(/cannot name a file/);
			expect(() => statedPath(bad)).toThrow(/cannot name a file/);
		}
	);

	test('rows survive packing: nulls, numbers, Chinese text, column order', () => {
		const rows = [
			{ b: '乐昌市', a: 1.1 + 2.2, c: null },
			{ b: '≥93万笔', a: 4789.999999999999, c: 'x' }
		];
		const packed = packRows(rows);
		expect(packed.columns).toEqual(['b', 'a', 'c']);
		expect(unpackRows(JSON.parse(JSON.stringify(packed)))).toEqual(rows);
		expect(unpackRows(packRows([]))).toEqual([]);
	});
});
