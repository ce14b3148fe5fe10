/**
 * A prerendered chart's bytes depend on the chart alone: the same option gives the same
 * SVG however many charts were rendered before it (so an unchanged page is unchanged on
 * a rebuild), and different charts keep different class names (their hover rules apply
 * to the whole page).
 */
import { expect, test } from 'vitest';
import type { ChartOption } from '../../../src/lib/charts/echarts.ts';
import { renderSvg } from '../../../src/lib/charts/ssr.ts';

const bars = (data: number[]): ChartOption => ({
	xAxis: { type: 'category', data: data.map((_, i) => `县${i + 1}`) },
	yAxis: { type: 'value' },
	series: [{ type: 'bar', data }]
});

const prefixes = (svg: string) => [...new Set(svg.match(/\bzr[a-z0-9]+-/g))];

test('the same chart renders to the same bytes, whatever was rendered before it', () => {
	const first = renderSvg(bars([3, 1, 2]));
	for (let i = 0; i < 3; i++) renderSvg(bars([i, i + 1]));
	expect(renderSvg(bars([3, 1, 2]))).toBe(first);
	expect(prefixes(first)).toHaveLength(1);
});

test('two different charts do not share a class name', () => {
	const [a, b] = [renderSvg(bars([3, 1, 2])), renderSvg(bars([3, 1, 4]))];
	expect(a).toMatch(/class="zr/);
	expect(prefixes(a)).not.toEqual(prefixes(b));
});
