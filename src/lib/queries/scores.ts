/**
 * A county's scored indicators (scores.parquet): points against each indicator's maximum,
 * grouped by the report's sections, per report year. Points are shown as stated, never
 * capped: an indicator scored above its maximum is flagged, not corrected.
 */
import type { TableName } from '../contract/tables.ts';
import { sql, type Runner } from '../db/sql.ts';

export interface ScoreRow {
	report_id: string;
	region_code: string;
	year: number;
	report_project: string | null;
	position: number;
	section: string;
	group_name: string | null;
	indicator: string;
	max_points: number | null;
	points: number;
	quote: string;
}

/** The tables the indicator questions read: a county's page starts with these. */
export const SCORE_TABLES = ['scores', 'reports'] as const satisfies TableName[];

const SCORE_COLUMNS = `s.report_id, s.region_code, s.year, r.project_name AS report_project, s.position,
	s.section, s.group_name, s.indicator, s.max_points, s.points, s.quote
	FROM scores s JOIN reports r ON r.report_id = s.report_id`;

/** The years a region's reports score indicators in, ascending. */
export const scoredYearsOf = (code: string) => sql<{ year: number }>`
	SELECT DISTINCT year FROM scores WHERE region_code = ${code} ORDER BY year`;

/** The scored indicators of a region's reports for one year. */
export const scoresOfRegionYear = (code: string, year: number) => sql<ScoreRow>`
	SELECT ${{ raw: SCORE_COLUMNS }} WHERE s.region_code = ${code} AND s.year = ${year}
	ORDER BY s.report_id, s.position`;

export interface IndicatorSection {
	section: string;
	indicators: IndicatorRow[];
}

export interface IndicatorRow extends ScoreRow {
	/** Points above the stated maximum (a finding: points-over-max). */
	over: boolean;
}

export interface IndicatorBlock {
	report_id: string;
	year: number;
	report_project: string | null;
	sections: IndicatorSection[];
}

/** Scores grouped by report, then by section in the order the report lists them. */
export function indicatorBlocks(rows: readonly ScoreRow[]): IndicatorBlock[] {
	const blocks = new Map<string, IndicatorBlock>();
	for (const r of [...rows].sort(
		(a, b) => a.year - b.year || a.report_id.localeCompare(b.report_id) || a.position - b.position
	)) {
		let block = blocks.get(r.report_id);
		if (!block) {
			block = {
				report_id: r.report_id,
				year: r.year,
				report_project: r.report_project,
				sections: []
			};
			blocks.set(r.report_id, block);
		}
		let section = block.sections.find((s) => s.section === r.section);
		if (!section) {
			section = { section: r.section, indicators: [] };
			block.sections.push(section);
		}
		section.indicators.push({ ...r, over: r.max_points !== null && r.points > r.max_points });
	}
	return [...blocks.values()];
}

/** A county profile's indicator breakdown for one year, at prerender and in the browser. */
export async function answerIndicators(
	run: Runner,
	code: string,
	year: number
): Promise<IndicatorBlock[]> {
	return indicatorBlocks(await run(scoresOfRegionYear(code, year)));
}
