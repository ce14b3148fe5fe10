/**
 * Chart-ready series computed from query rows, without pixels: the same pure function
 * feeds the build-time SVG and the live chart, and is tested without a browser.
 */
import { formatStated, type Lang } from '../format/index.ts';
import type { Stated } from '../queries/stated.ts';

export interface SeriesPoint {
	value: number | null;
	/** The value as a reader sees it (≥, ≈, 累计, 未报告, or all stated values). */
	label: string;
	/** More than one value was stated for this point: drawn as a gap, listed in the table. */
	conflict: boolean;
	stated: Stated | null;
}

export interface Series {
	id: string;
	name: string;
	unit: string;
	points: SeriesPoint[];
}

export function pointOf(stated: Stated | null, lang: Lang): SeriesPoint {
	const conflict = (stated?.values.length ?? 0) > 1;
	return {
		value: stated && !conflict ? stated.values[0]!.value : null,
		label: formatStated(stated, lang),
		conflict,
		stated
	};
}

export function seriesOf(
	id: string,
	name: string,
	unit: string,
	cells: (Stated | null)[],
	lang: Lang
): Series {
	return { id, name, unit, points: cells.map((c) => pointOf(c, lang)) };
}
