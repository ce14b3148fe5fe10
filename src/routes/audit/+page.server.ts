import { CHECKS } from '$lib/domain/audit/index.ts';
import { run } from '$lib/db/node.server.ts';
import { ALL_FINDINGS, answerAudit } from '$lib/queries/findings.ts';
import { allReports, countiesWithReports } from '$lib/queries/regions.ts';
import { defaultArea, areasIn } from '$lib/state/provinces.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The default view (every finding of the first place) is built here, with the queries the browser runs. */
export const load: PageServerLoad = async () => {
	const [counties, reports] = await Promise.all([run(countiesWithReports()), run(allReports())]);
	const place = defaultArea(counties);
	return {
		findings: await answerAudit(run, { ...ALL_FINDINGS, place }),
		counties,
		places: areasIn(counties),
		place,
		years: [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b),
		checks: CHECKS.map((c) => ({ ...c }))
	};
};
