import { describe, expect, test } from 'vitest';
import { MAX_LINES, readableLines } from '../../../src/lib/charts/readable-lines.ts';
import type { Series } from '../../../src/lib/charts/series.ts';

/** A series with one value per year (null: not stated that year). */
const line = (name: string, values: (number | null)[]): Series => ({
	id: name,
	name,
	unit: '元',
	points: values.map((value) => ({ value, label: String(value), conflict: false, stated: null }))
});

const counties = (n: number, year: (i: number) => number | null) =>
	Array.from({ length: n }, (_, i) => line(`测试县${String(i).padStart(4, '0')}`, [i, year(i)]));

describe('readableLines', () => {
	test('a few series are all drawn', () => {
		const few = counties(MAX_LINES, (i) => i);
		expect(readableLines(few, 1)).toMatchObject({ shown: few, omitted: [], rule: 'all' });
	});

	test('many: the highest and lowest in the view year, in their order; the rest listed', () => {
		const many = counties(30, (i) => (i * 7) % 30);
		const r = readableLines(many, 1);
		expect(r.rule).toBe('top-bottom');
		expect(r.shown).toHaveLength(MAX_LINES);
		expect(r.shown.length + r.omitted.length).toBe(30);
		const values = r.shown.map((s) => s.points[1]!.value!).sort((a, b) => a - b);
		expect(values).toEqual([0, 1, 2, 3, 26, 27, 28, 29]);
		// Drawn in the table's order, not the value's.
		expect(r.shown.map((s) => many.indexOf(s))).toEqual(
			[...r.shown.map((s) => many.indexOf(s))].sort((a, b) => a - b)
		);
	});

	test('many, few of them stated that year: those that are', () => {
		const many = counties(20, (i) => (i < 5 ? i : null));
		const r = readableLines(many, 1);
		expect(r.rule).toBe('stated');
		expect(r.shown.map((s) => s.name)).toEqual(many.slice(0, 5).map((s) => s.name));
	});

	test('a view year nobody states: the latest year anyone does', () => {
		const many = counties(20, () => null);
		const r = readableLines(many, 1);
		expect(r.yearIndex).toBe(0);
		expect(r.shown).toHaveLength(MAX_LINES);
	});
});
