import { error } from '@sveltejs/kit';
import { indicatorChartSize, indicatorsOption } from '$lib/charts/indicators.option.ts';
import { trendChartOption } from '$lib/charts/county-trend.ts';
import { renderSvg } from '$lib/charts/ssr.ts';
import { CHECKS } from '$lib/domain/audit/index.ts';
import { entriesOf, run } from '$lib/db/node.server.ts';
import { ROUTE_ENTRIES } from '$lib/queries/entries.ts';
import { countyProfile } from '$lib/queries/county-profile.ts';
import { factsOfRegions } from '$lib/queries/facts.ts';
import { ALL_FINDINGS, answerAudit } from '$lib/queries/findings.ts';
import { allMetrics } from '$lib/queries/metrics.ts';
import { countyWithReports, provinceLinks, reportsOfRegion } from '$lib/queries/regions.ts';
import { answerIndicators, scoredYearsOf } from '$lib/queries/scores.ts';
import type { EntryGenerator, PageServerLoad } from './$types';
import { SMALL_CHART } from '$lib/charts/size.ts';

export const prerender = true;

export const entries: EntryGenerator = () => entriesOf(() => ROUTE_ENTRIES['/county/[code]'](run));

export const load: PageServerLoad = async ({ params }) => {
	const [county] = await run(countyWithReports(params.code));
	if (!county) error(404, `no county ${params.code}`);
	const code = county.region_code;
	const [counties, reports, facts, scored, findings, metrics] = await Promise.all([
		run(provinceLinks(county.province_code)),
		run(reportsOfRegion(code)),
		run(factsOfRegions([code])),
		run(scoredYearsOf(code)),
		answerAudit(run, { ...ALL_FINDINGS, county: code }),
		run(allMetrics())
	]);

	// The default view, drawn at build time with the option builders the browser uses.
	const profile = countyProfile(county, reports, facts);
	const svgs: Record<string, string> = {};
	for (const t of [...profile.trends, ...(profile.projectTrend ? [profile.projectTrend] : [])])
		svgs[t.spec.id] = renderSvg(trendChartOption(t, 'zh'));
	for (const t of profile.service)
		svgs[t.spec.id] = renderSvg(trendChartOption(t, 'zh'), SMALL_CHART.width, SMALL_CHART.height);

	const years = scored.map((s) => s.year);
	const scoreYear = years.at(-1) ?? null;
	const blocks = scoreYear === null ? [] : await answerIndicators(run, code, scoreYear);
	const indicatorSvgs: Record<string, string> = {};
	for (const b of blocks) {
		const size = indicatorChartSize(b);
		indicatorSvgs[b.report_id] = renderSvg(indicatorsOption(b, 'zh'), size.width, size.height);
	}

	const categories: Record<string, { zh: string; en: string }> = {};
	for (const m of metrics) categories[m.category] = { zh: m.category_zh, en: m.category_en };

	return {
		county,
		counties,
		reports,
		facts,
		categories,
		scoreYears: years,
		scoreYear,
		blocks,
		findings,
		checks: CHECKS.map((c) => ({ ...c })),
		svgs,
		indicatorSvgs
	};
};
