/** The matrix page's view in its URL: ?year=…, written only when it is not the latest year. */
import { readState, writeState } from './url.ts';
import type { Search } from './compare.ts';

export type MatrixView = { year: number };

export const matrixDefaults = (years: readonly number[]): MatrixView => ({
	year: years.at(-1) ?? 0
});

export function readMatrix(params: URLSearchParams, years: readonly number[]): MatrixView {
	return readState(params, matrixDefaults(years), (_, v) => years.includes(Number(v)));
}

export function matrixSearch(view: MatrixView, years: readonly number[]): Search {
	return writeState(view, matrixDefaults(years)) as Search;
}
