/**
 * Precomputed answers under static/data/answers/<area>/: the rows the dashboards' common
 * questions return, written by the data build with the very queries the pages run, so a
 * page can answer another metric, year or set of counties before its engine is ready.
 * An area is a city (a county's parent), or the province for a county directly under it;
 * a view over several areas reads each of theirs. `stated.json` (which county states
 * which metric in which year) is also the index: an area has a metric's or a year's file
 * exactly when its `stated.json` has a row for it.
 */

export const ANSWERS_DIR = 'answers';

/** Codes and metric ids become path segments: only these characters are allowed. */
const SEGMENT = /^[A-Za-z0-9_]+$/;

function segment(s: string | number, what: string): string {
	const text = String(s);
	if (!SEGMENT.test(text)) throw new Error(`${what} ${JSON.stringify(text)} cannot name a file`);
	return text;
}

/** The rows of metricCoverage() for the area's counties. */
export const statedPath = (area: string) => `${ANSWERS_DIR}/${segment(area, 'area')}/stated.json`;

/** The rows of wholeFactsOfMetric(metric, the area's counties): /compare. */
export const metricFactsPath = (area: string, metric: string) =>
	`${ANSWERS_DIR}/${segment(area, 'area')}/metric-${segment(metric, 'metric')}.json`;

/** The rows of wholeFactsOfYear(year, the area's counties): /matrix and /coverage. */
export const yearFactsPath = (area: string, year: number) =>
	`${ANSWERS_DIR}/${segment(area, 'area')}/year-${segment(year, 'year')}.json`;

/** Rows as written: the column names once, then each row's values in that order. */
export interface PackedRows {
	columns: string[];
	rows: unknown[][];
}

export function packRows(rows: readonly Record<string, unknown>[]): PackedRows {
	const columns = rows[0] ? Object.keys(rows[0]) : [];
	return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

export function unpackRows<Row>(packed: PackedRows): Row[] {
	const { columns, rows } = packed;
	return rows.map((values) => {
		const row: Record<string, unknown> = {};
		columns.forEach((c, i) => (row[c] = values[i]));
		return row as Row;
	});
}
