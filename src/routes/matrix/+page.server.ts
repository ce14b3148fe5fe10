import { run } from '$lib/db/node.server.ts';
import { wholeFactsOfYear } from '$lib/queries/facts.ts';
import { matrixModel, matrixYears } from '$lib/queries/matrix.ts';
import { allMetrics, catalogueOf, metricCoverage } from '$lib/queries/metrics.ts';
import { countiesWithReports } from '$lib/queries/regions.ts';
import { matrixDefaults } from '$lib/state/matrix.ts';
import { countiesOf, provincesIn } from '$lib/state/provinces.ts';
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
	const provinces = provincesIn(counties);
	const { year, province } = matrixDefaults(
		years,
		provinces.map((p) => p.code)
	);
	const shown = countiesOf(counties, province);
	const model = matrixModel(await run(wholeFactsOfYear(year)), year, catalogue, shown);
	return { catalogue, counties, provinces, years, model };
};
