/**
 * The matrix page's view in its URL: ?year=…&province=…, each written only when it is not
 * the default (the latest year; the first province). One province at a time: a matrix
 * of every county in the country would be neither readable nor quick to fetch.
 */
import { readState, writeState } from './url.ts';
import type { Search } from './compare.ts';

export type MatrixView = { year: number; province: string };

export const matrixDefaults = (
	years: readonly number[],
	provinces: readonly string[]
): MatrixView => ({
	year: years.at(-1) ?? 0,
	province: provinces[0] ?? ''
});

export function readMatrix(
	params: URLSearchParams,
	years: readonly number[],
	provinces: readonly string[]
): MatrixView {
	return readState(params, matrixDefaults(years, provinces), (key, v) =>
		key === 'year' ? years.includes(Number(v)) : provinces.includes(String(v))
	);
}

export function matrixSearch(
	view: MatrixView,
	years: readonly number[],
	provinces: readonly string[]
): Search {
	return writeState(view, matrixDefaults(years, provinces)) as Search;
}
