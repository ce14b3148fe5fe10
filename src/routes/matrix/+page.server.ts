import { run } from '$lib/db/node.server.ts';
import { answerMatrix, matrixYears } from '$lib/queries/matrix.ts';
import { allMetrics, catalogueOf, metricCoverage } from '$lib/queries/metrics.ts';
import { countiesWithReports } from '$lib/queries/regions.ts';
import { matrixDefaults } from '$lib/state/matrix.ts';
import { countiesIn, areaCodes, areasIn } from '$lib/state/provinces.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The latest year, answered by the same query and shaping the browser uses for the others. */
export const load: PageServerLoad = async () => {
	const [metrics, coverage, counties] = await Promise.all([
		run(allMetrics()),
		run(metricCoverage()),
		run(countiesWithReports())
	]);
	const catalogue = catalogueOf(metrics, coverage);
	const years = matrixYears(catalogue);
	const { year, place } = matrixDefaults(years, areaCodes(counties));
	const model = await answerMatrix(run, year, catalogue, countiesIn(counties, place));
	return { catalogue, counties, places: areasIn(counties), place, years, model };
};
