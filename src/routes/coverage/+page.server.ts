import { run } from '$lib/db/node.server.ts';
import { briefKeys, reportYears } from '$lib/queries/briefs.ts';
import { answerCoverage } from '$lib/queries/coverage.ts';
import { matrixYears } from '$lib/queries/matrix.ts';
import { allMetrics, catalogueOf, metricCoverage } from '$lib/queries/metrics.ts';
import { countiesWithReports } from '$lib/queries/regions.ts';
import { coverageDefaults } from '$lib/state/coverage.ts';
import { areaCodes, areasIn, countiesIn } from '$lib/state/provinces.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The default area and latest year, answered by the code the browser runs for the others. */
export const load: PageServerLoad = async () => {
	const [metrics, coverage, counties, reported] = await Promise.all([
		run(allMetrics()),
		run(metricCoverage()),
		run(countiesWithReports()),
		run(reportYears())
	]);
	const catalogue = catalogueOf(metrics, coverage);
	const years = matrixYears(catalogue);
	const { year, place } = coverageDefaults(years, areaCodes(counties));
	const model = await answerCoverage(run, year, catalogue, countiesIn(counties, place));
	return {
		catalogue,
		counties,
		places: areasIn(counties),
		place,
		years,
		model,
		briefs: briefKeys(counties, reported)
	};
};
