/** Counties that have reports, with their city, and the reports themselves. */
import { raw, sql } from '../db/sql.ts';

export interface CountyRow {
	region_code: string;
	name: string;
	parent_code: string | null;
	parent_name: string | null;
	/** The top-level region above it (its province): the data is split by it. */
	province_code: string;
	province_name: string;
	reports: number;
	first_year: number;
	last_year: number;
}

/** A county sits at most two levels below its province (county → city → province). */
const COUNTIES = `
	SELECT g.region_code, g.name, g.parent_code, g.parent_name,
		COALESCE(pp.region_code, p.region_code, g.region_code) AS province_code,
		COALESCE(pp.name, p.name, g.name) AS province_name,
		COUNT(*)::INTEGER AS reports, MIN(r.year)::INTEGER AS first_year, MAX(r.year)::INTEGER AS last_year
	FROM regions g JOIN reports r ON r.region_code = g.region_code
		LEFT JOIN regions p ON p.region_code = g.parent_code
		LEFT JOIN regions pp ON pp.region_code = p.parent_code
	WHERE g.level = 'county'
	GROUP BY ALL`;

export const countiesWithReports = () =>
	sql<CountyRow>`SELECT * FROM (${raw(COUNTIES)}) ORDER BY parent_code, region_code`;

/** One county's row, or none: a county page asks only for its own. */
export const countyWithReports = (code: string) =>
	sql<CountyRow>`SELECT * FROM (${raw(COUNTIES)}) WHERE region_code = ${code}`;

/**
 * The counties of one city (or of a province, directly under it): cityOf in SQL. A city's
 * pages ask only for their own, so a change elsewhere leaves their inputs as they were.
 */
export const countiesOfCity = (city: string) =>
	sql<CountyRow>`SELECT * FROM (${raw(COUNTIES)})
	WHERE COALESCE(parent_code, province_code) = ${city} ORDER BY parent_code, region_code`;

/** A county's city, or its province when it sits directly under one: its public page. */
export const cityOf = (c: Pick<CountyRow, 'parent_code' | 'province_code'>): string =>
	c.parent_code ?? c.province_code;

/** What a link to a county's profile needs. */
export type CountyLink = Pick<CountyRow, 'region_code' | 'name' | 'parent_name'>;

/**
 * The counties a county page links to: those of its province, only what a link needs.
 * Every county page listing every county in the country would make the site grow with the
 * square of its counties (the other provinces are a click away on the home page), and a
 * page that read the whole list would be rebuilt whenever any county's reports changed.
 */
export const provinceLinks = (province: string) =>
	sql<CountyLink>`SELECT region_code, name, parent_name FROM (${raw(COUNTIES)})
	WHERE province_code = ${province} ORDER BY parent_code, region_code`;

export interface ReportRow {
	report_id: string;
	region_code: string;
	region_name: string;
	year: number;
	kind: 'overall' | 'project';
	project_name: string | null;
	report_type: string;
	title: string;
	unit_name: string;
	filed_on: string | null;
	source_file: string;
	source_sha256: string;
	source_first_line: number;
	source_last_line: number;
	self_score: number | null;
	grade: string | null;
}

const REPORT_COLUMNS = `report_id, region_code, region_name, year, kind, project_name, report_type, title,
	unit_name, CAST(filed_on AS VARCHAR) AS filed_on, source_file, source_sha256, source_first_line,
	source_last_line, self_score, grade`;

export const allReports = () =>
	sql<ReportRow>`SELECT ${{ raw: REPORT_COLUMNS }} FROM reports ORDER BY region_code, year, report_id`;

export const reportById = (id: string) =>
	sql<ReportRow>`SELECT ${{ raw: REPORT_COLUMNS }} FROM reports WHERE report_id = ${id}`;

export const reportsOfRegions = (codes: readonly string[]) =>
	sql<ReportRow>`SELECT ${{ raw: REPORT_COLUMNS }} FROM reports WHERE region_code IN (${codes}) ORDER BY region_code, year, report_id`;

export const reportsOfRegion = (code: string) =>
	sql<ReportRow>`SELECT ${{ raw: REPORT_COLUMNS }} FROM reports WHERE region_code = ${code} ORDER BY year, report_id`;

export interface QuoteSpan {
	anchor: string;
	kind: 'fact' | 'score';
	label_zh: string;
	label_en: string;
	quote_start: number;
	quote_end: number;
}

/** Where each of a report's quotes sits in its source file (offsets into the whole file). */
export const quoteSpansOfReport = (reportId: string) => sql<QuoteSpan>`
	SELECT substr(f.fact_id, strpos(f.fact_id, '#') + 1) AS anchor, 'fact' AS kind,
		m.name_zh AS label_zh, m.name_en AS label_en, f.quote_start, f.quote_end
	FROM facts f JOIN metrics m ON m.metric_id = f.metric_id
	WHERE f.report_id = ${reportId}
	UNION ALL
	SELECT 's' || s.position AS anchor, 'score' AS kind, s.indicator AS label_zh, s.indicator AS label_en,
		s.quote_start, s.quote_end
	FROM scores s WHERE s.report_id = ${reportId}
	ORDER BY quote_start, anchor`;
