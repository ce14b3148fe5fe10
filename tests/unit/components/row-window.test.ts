import { describe, expect, test } from 'vitest';
import { rowWindow } from '../../../src/lib/components/row-window.ts';

const base = { count: 100, viewport: 700, rowHeight: 50, overscan: 2 };

describe('rowWindow', () => {
	test.each([
		// The table starts 100 px down: rows 0..12 fill the viewport, then 2 more.
		['table in view', { origin: 100 }, { start: 0, end: 14, before: 0, after: 4300 }],
		// Scrolled 1,000 px into the rows: row 20 at the top, 2 rows either side.
		['scrolled into', { origin: -1000 }, { start: 18, end: 36, before: 900, after: 3200 }],
		// The last rows: nothing after them.
		['at the end', { origin: -4600 }, { start: 90, end: 100, before: 4500, after: 0 }],
		// Far below the viewport (a closed list): the first rows, ready for when it opens.
		['below the viewport', { origin: 5000 }, { start: 0, end: 4, before: 0, after: 4800 }],
		// Scrolled past it: the last rows.
		['above the viewport', { origin: -9000 }, { start: 96, end: 100, before: 4800, after: 0 }],
		// A focused row far away stays drawn; the window stretches to it.
		[
			'keeps the focused row',
			{ origin: 100, keep: 60 },
			{ start: 0, end: 61, before: 0, after: 1950 }
		]
	])('%s', (_, m, expected) => {
		expect(rowWindow({ ...base, ...m })).toEqual(expected);
	});

	test('a scroll through the table draws every row, and the heights always add up', () => {
		const seen = new Set<number>();
		for (let origin = 100; origin > -5100; origin -= 350) {
			const w = rowWindow({ ...base, origin });
			for (let i = w.start; i < w.end; i++) seen.add(i);
			expect(w.before + (w.end - w.start) * 50 + w.after).toBe(5000);
		}
		expect(seen.size).toBe(100);
	});
});
