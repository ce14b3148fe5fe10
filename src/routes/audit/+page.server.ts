import { CHECKS } from '$lib/domain/audit/index.ts';
import { run } from '$lib/db/node.server.ts';
import { ALL_FINDINGS, attachQuotes, findingQuotesOf, findingsOf } from '$lib/queries/findings.ts';
import { allReports, countiesWithReports } from '$lib/queries/regions.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The default view (every finding) is built here, with the queries the browser runs. */
export const load: PageServerLoad = async () => {
	const [findings, quotes, counties, reports] = await Promise.all([
		run(findingsOf(ALL_FINDINGS)),
		run(findingQuotesOf(ALL_FINDINGS)),
		run(countiesWithReports()),
		run(allReports())
	]);
	return {
		findings: attachQuotes(findings, quotes),
		counties: counties.map((c) => ({ region_code: c.region_code, name: c.name })),
		years: [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b),
		checks: CHECKS.map((c) => ({ ...c }))
	};
};
