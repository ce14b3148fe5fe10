import { run } from '$lib/db/node.server.ts';
import { renderSvg } from '$lib/charts/ssr.ts';
import { rankingHeight, rankingOption, yearsOption } from '$lib/charts/compare.option.ts';
import { CHART_WIDTH } from '$lib/charts/size.ts';
import { answerCompare } from '$lib/queries/compare.ts';
import { allMetrics, catalogueOf, metricCoverage } from '$lib/queries/metrics.ts';
import { countiesWithReports } from '$lib/queries/regions.ts';
import { compareContext, compareDefaults, DEFAULT_METRIC } from '$lib/state/compare.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The default view, answered by the same query and shaping the browser uses for any other. */
export const load: PageServerLoad = async () => {
	const [metrics, coverage, counties] = await Promise.all([
		run(allMetrics()),
		run(metricCoverage()),
		run(countiesWithReports())
	]);
	const catalogue = catalogueOf(metrics, coverage);
	const ctx = compareContext(catalogue, counties);
	const view = compareDefaults(DEFAULT_METRIC, ctx);
	const metric = ctx.metrics.get(view.metric);
	if (!metric) throw new Error(`compare: the default metric ${DEFAULT_METRIC} has no figures`);
	const model = await answerCompare(run, view, metric, counties);
	return {
		catalogue,
		counties,
		model,
		svgs: {
			ranking: renderSvg(rankingOption(model, 'zh'), CHART_WIDTH, rankingHeight(model)),
			years: renderSvg(yearsOption(model, 'zh'))
		}
	};
};
