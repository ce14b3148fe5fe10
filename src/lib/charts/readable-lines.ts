/**
 * A trend chart draws at most a readable number of lines. With more series than that, it
 * draws the highest and the lowest by their figure in one year (the view's, else the latest
 * year with any figure; by value, whatever the metric's direction) and says so; the
 * others are drawn on request and are always in the chart's table. Pure: the same choice
 * at build time and live.
 */
import type { Series } from './series.ts';

/** Lines a reader can still tell apart, with a legend: half the highest, half the lowest. */
export const MAX_LINES = 8;

export interface ReadableLines {
	shown: Series[];
	/** Series not drawn (none when every series is). */
	omitted: Series[];
	/** `top-bottom`: the `each` highest and lowest in the year; `stated`: those with a figure in it. */
	rule: 'all' | 'top-bottom' | 'stated';
	each: number;
	/** Index of the year the series were ordered by. */
	yearIndex: number;
}

const valueAt = (s: Series, i: number) => s.points[i]?.value ?? null;

export function readableLines(series: Series[], preferred: number, max = MAX_LINES): ReadableLines {
	const each = Math.floor(max / 2);
	const years = series[0]?.points.length ?? 0;
	const stated = (i: number) => series.some((s) => valueAt(s, i) !== null);
	let yearIndex = preferred >= 0 && preferred < years && stated(preferred) ? preferred : years - 1;
	while (yearIndex > 0 && !stated(yearIndex)) yearIndex--;
	if (series.length <= max) return { shown: series, omitted: [], rule: 'all', each, yearIndex };
	const ranked = series
		.filter((s) => valueAt(s, yearIndex) !== null)
		.sort(
			(a, b) =>
				valueAt(b, yearIndex)! - valueAt(a, yearIndex)! || a.name.localeCompare(b.name, 'zh-CN')
		);
	const few = ranked.length <= max;
	const keep = new Set(few ? ranked : [...ranked.slice(0, each), ...ranked.slice(-each)]);
	return {
		shown: series.filter((s) => keep.has(s)),
		omitted: series.filter((s) => !keep.has(s)),
		rule: few ? 'stated' : 'top-bottom',
		each,
		yearIndex
	};
}
