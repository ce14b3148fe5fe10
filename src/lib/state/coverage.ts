/**
 * The coverage page's view in its URL: ?year=…&place=…, the same view as the matrix's (an
 * area and a year, each written only when not the default), so one rule serves both.
 */
export {
	matrixDefaults as coverageDefaults,
	matrixSearch as coverageSearch,
	readMatrix as readCoverage,
	type MatrixView as CoverageView
} from './matrix.ts';
