/**
 * The matrix page's view in its URL: ?year=…&place=…, each written only when it is not
 * the default (the latest year; state/provinces.ts defaultArea). One province or city at
 * a time: a matrix of every county in the country would be neither readable nor quick.
 */
import { readState, writeState } from './url.ts';
import type { Search } from './compare.ts';

export type MatrixView = { year: number; place: string };

/** `places`: every place that can be chosen, the default first. */
export const matrixDefaults = (
	years: readonly number[],
	places: readonly string[]
): MatrixView => ({
	year: years.at(-1) ?? 0,
	place: places[0] ?? ''
});

export function readMatrix(
	params: URLSearchParams,
	years: readonly number[],
	places: readonly string[]
): MatrixView {
	return readState(params, matrixDefaults(years, places), (key, v) =>
		key === 'year' ? years.includes(Number(v)) : places.includes(String(v))
	);
}

export function matrixSearch(
	view: MatrixView,
	years: readonly number[],
	places: readonly string[]
): Search {
	return writeState(view, matrixDefaults(years, places)) as Search;
}
