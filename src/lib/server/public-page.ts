/**
 * Build-time data for the public pages. `/` shows every county's figures while there
 * are few; past PAGE_COUNTIES it is an index whose tiles lead to one page per city, so no
 * public page grows with the country (at 99 counties one page was over 1 MB).
 */
import { run } from '../db/node.server.ts';
import { renderSvg } from '../charts/ssr.ts';
import { trendChartOption } from '../charts/county-trend.ts';
import { countyModel, type CountyModel } from '../queries/county.ts';
import { factsOfRegions } from '../queries/facts.ts';
import { reportsOfRegions, type CountyRow } from '../queries/regions.ts';
import { PAGE_COUNTIES } from '../state/provinces.ts';

export { PAGE_COUNTIES };

export type PublicLayout = 'inline' | 'by-city';

export const publicLayout = (counties: number): PublicLayout =>
	counties <= PAGE_COUNTIES ? 'inline' : 'by-city';

export interface PublicSections {
	models: CountyModel[];
	/** Prerendered trend charts by `<code>-<trend id>`. */
	svgs: Record<string, string>;
}

/** Models and prerendered charts for these counties only. */
export async function publicSections(counties: readonly CountyRow[]): Promise<PublicSections> {
	const codes = counties.map((c) => c.region_code);
	const [reports, facts] = await Promise.all([
		run(reportsOfRegions(codes)),
		run(factsOfRegions(codes))
	]);
	const models = counties.map((c) =>
		countyModel(
			c,
			reports.filter((r) => r.region_code === c.region_code),
			facts
		)
	);
	const svgs: Record<string, string> = {};
	for (const m of models)
		for (const t of m.trends)
			svgs[`${m.county.region_code}-${t.spec.id}`] = renderSvg(trendChartOption(t, 'zh'));
	return { models, svgs };
}
