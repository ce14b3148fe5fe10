/**
 * Which rows of a long table to keep in the DOM: those the viewport shows plus an overscan
 * on each side, from one measured origin and an average row height (no per-row layout
 * reads). Pure, so the arithmetic is tested without a browser.
 */

/** Tables with fewer rows than this are always drawn whole: a window would save little. */
export const MIN_VIRTUAL_ROWS = 40;
/** Rows drawn beyond each edge of the viewport, so scrolling and Tab find the next row ready. */
export const OVERSCAN = 8;

export interface RowWindow {
	/** First row drawn, and one past the last. */
	start: number;
	end: number;
	/** Height in px standing in for the rows above `start` and below `end`. */
	before: number;
	after: number;
}

export interface Measure {
	count: number;
	/** Top of the first row relative to the viewport's top, in px. */
	origin: number;
	viewport: number;
	rowHeight: number;
	/** A row that must stay drawn (it holds the focus). */
	keep?: number | null;
	overscan?: number;
}

export const everyRow = (count: number): RowWindow => ({
	start: 0,
	end: count,
	before: 0,
	after: 0
});

export function rowWindow(m: Measure): RowWindow {
	const overscan = m.overscan ?? OVERSCAN;
	const h = Math.max(1, m.rowHeight);
	const first = Math.floor(-m.origin / h) - overscan;
	const last = Math.ceil((m.viewport - m.origin) / h) + overscan;
	let start = Math.min(Math.max(0, first), m.count);
	let end = Math.max(start, Math.min(m.count, last));
	// Scrolled far past the table: keep a window at its nearer end rather than nothing.
	if (end === start && m.count > 0) {
		start = first < 0 ? 0 : Math.max(0, m.count - 2 * overscan);
		end = first < 0 ? Math.min(m.count, 2 * overscan) : m.count;
	}
	if (m.keep != null && m.keep >= 0 && m.keep < m.count) {
		start = Math.min(start, m.keep);
		end = Math.max(end, m.keep + 1);
	}
	return { start, end, before: start * h, after: (m.count - end) * h };
}
