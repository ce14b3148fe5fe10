/**
 * The pages each dynamic route prerenders, as route parameters: the routes' `entries` and
 * the benchmark that samples them (scripts/bench/lib/page-costs.ts) read this one list.
 */
import type { Runner } from '../db/sql.ts';
import { briefKeys, reportYears } from './briefs.ts';
import { allReports, cityOf, countiesWithReports } from './regions.ts';

export const ROUTE_ENTRIES = {
	'/county/[code]': async (run: Runner) =>
		(await run(countiesWithReports())).map((c) => ({ code: c.region_code })),
	'/city/[code]': async (run: Runner) =>
		[...new Set((await run(countiesWithReports())).map(cityOf))].map((code) => ({ code })),
	'/brief/[city]/[year]': async (run: Runner) =>
		briefKeys(await run(countiesWithReports()), await run(reportYears())).map((k) => ({
			city: k.city,
			year: String(k.year)
		})),
	'/sources/[report]': async (run: Runner) =>
		(await run(allReports())).map((r) => ({ report: r.report_id }))
} satisfies Record<string, (run: Runner) => Promise<Record<string, string>[]>>;

/** A route's path for its parameters: `/brief/[city]/[year]` with {city, year}. */
export const pathOf = (route: string, params: Record<string, string>) =>
	route.replace(/\[(\w+)\]/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${route}: no value for [${name}]`);
		return encodeURIComponent(value);
	});
