/**
 * Which city briefings exist: one per city (or province, for counties directly under one)
 * and year in which any of its counties filed a report. Shared by the briefing's prerender
 * entries and every link to it, so no link points at a page that is not built.
 */
import { sql } from '../db/sql.ts';
import { cityOf, type CountyRow } from './regions.ts';

export interface BriefKey {
	city: string;
	year: number;
}

export interface ReportYear {
	region_code: string;
	year: number;
}

/** The years each region filed reports for. */
export const reportYears = () =>
	sql<ReportYear>`SELECT DISTINCT region_code, year FROM reports ORDER BY region_code, year`;

/** reportYears of some counties only. */
export const reportYearsOf = (codes: readonly string[]) =>
	sql<ReportYear>`SELECT DISTINCT region_code, year FROM reports WHERE region_code IN (${codes})
	ORDER BY region_code, year`;

export function briefKeys(
	counties: readonly CountyRow[],
	reports: readonly ReportYear[]
): BriefKey[] {
	const city = new Map(counties.map((c) => [c.region_code, cityOf(c)]));
	const seen = new Map<string, BriefKey>();
	for (const r of reports) {
		const code = city.get(r.region_code);
		if (code) seen.set(`${code}|${r.year}`, { city: code, year: r.year });
	}
	return [...seen.values()].sort((a, b) => a.city.localeCompare(b.city) || b.year - a.year);
}

/** The briefings of the cities in an area (a province or a city) for one year. */
export const briefsIn = (
	keys: readonly BriefKey[],
	counties: readonly CountyRow[],
	year: number
): BriefKey[] => {
	const cities = new Set(counties.map(cityOf));
	return keys.filter((k) => k.year === year && cities.has(k.city));
};
