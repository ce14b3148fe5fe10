import { error } from '@sveltejs/kit';
import { renderSvg } from '$lib/charts/ssr.ts';
import { rankingHeight, rankingOption } from '$lib/charts/compare.option.ts';
import { CHART_WIDTH } from '$lib/charts/size.ts';
import { entriesOf, run } from '$lib/db/node.server.ts';
import { ROUTE_ENTRIES } from '$lib/queries/entries.ts';
import { answerBrief } from '$lib/queries/brief.ts';
import { answerCompare } from '$lib/queries/compare.ts';
import { allMetrics } from '$lib/queries/metrics.ts';
import { countiesOfCity } from '$lib/queries/regions.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	entriesOf(() => ROUTE_ENTRIES['/brief/[city]/[year]'](run));

/** One city and year, complete in the HTML: the briefing needs no JavaScript and no engine. */
export const load: PageServerLoad = async ({ params }) => {
	const year = Number(params.year);
	const counties = await run(countiesOfCity(params.city));
	if (!counties.length || !Number.isInteger(year))
		error(404, `no briefing ${params.city}/${params.year}`);
	const first = counties[0]!;
	const name = first.parent_code ? first.parent_name! : first.province_name;
	const model = await answerBrief(run, params.city, year, await run(allMetrics()), counties);
	const codes = counties.map((c) => c.region_code);
	// The charts: the comparable metrics ranked by two or more counties, drawn at build time.
	const charts = await Promise.all(
		model.charted.map(async (row) => {
			const compare = await answerCompare(
				run,
				{ metric: row.metric.metric_id, year, counties: codes },
				row.metric,
				counties
			);
			return {
				metric: row.metric,
				svg: renderSvg(rankingOption(compare, 'zh'), CHART_WIDTH, rankingHeight(compare))
			};
		})
	);
	return { city: params.city, name, province: first.province_name, model, charts };
};
