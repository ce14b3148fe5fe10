/**
 * Comparable first: a metric only one county states cannot be compared, so the comparison
 * pages open on the metrics at least two counties of the view state, and keep the rest one
 * step away (saying how many there are). A county states a metric when it gives any
 * whole-scope figure for it, its own or a project's.
 */
import type { MatrixRow } from './matrix.ts';

/** The fewest counties that make a metric comparable. */
export const MIN_STATING = 2;

export interface ComparableSplit<G> {
	/** Groups with their rows stated by at least MIN_STATING counties (empty groups dropped). */
	comparable: G[];
	/** The same groups with the other rows. */
	single: G[];
	/** How many rows `single` holds. */
	singleRows: number;
}

export function splitComparable<R, G extends { rows: R[] }>(
	groups: readonly G[],
	stating: (row: R) => number,
	min = MIN_STATING
): ComparableSplit<G> {
	const part = (keep: (row: R) => boolean) =>
		groups.map((g) => ({ ...g, rows: g.rows.filter(keep) })).filter((g) => g.rows.length > 0);
	const single = part((r) => stating(r) < min);
	return {
		comparable: part((r) => stating(r) >= min),
		single,
		singleRows: single.reduce((n, g) => n + g.rows.length, 0)
	};
}

/** The counties of a matrix row that state its metric (a department or a project figure). */
export const matrixStating = (row: MatrixRow): number =>
	row.cells.filter((c) => c.stated !== null || c.projects.length > 0).length;
