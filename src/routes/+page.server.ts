import { run } from '$lib/db/node.server.ts';
import { renderSvg } from '$lib/charts/ssr.ts';
import { trendChartOption } from '$lib/charts/county-trend.ts';
import { countyModel } from '$lib/queries/county.ts';
import { factsOfRegions } from '$lib/queries/facts.ts';
import { allReports, countiesWithReports } from '$lib/queries/regions.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const [counties, reports, facts] = await Promise.all([
		run(countiesWithReports()),
		run(allReports()),
		run(factsOfRegions())
	]);
	const models = counties.map((c) =>
		countyModel(
			c,
			reports.filter((r) => r.region_code === c.region_code),
			facts
		)
	);
	const svgs: Record<string, string> = {};
	for (const m of models) {
		for (const t of m.trends)
			svgs[`${m.county.region_code}-${t.spec.id}`] = renderSvg(trendChartOption(t, 'zh'));
	}
	return { models, svgs };
};
