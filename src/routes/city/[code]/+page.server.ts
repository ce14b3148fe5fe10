import { error } from '@sveltejs/kit';
import { entriesOf, run } from '$lib/db/node.server.ts';
import { ROUTE_ENTRIES } from '$lib/queries/entries.ts';
import { briefKeys, reportYearsOf } from '$lib/queries/briefs.ts';
import { countiesOfCity } from '$lib/queries/regions.ts';
import { publicSections } from '$lib/server/public-page.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => entriesOf(() => ROUTE_ENTRIES['/city/[code]'](run));

/** The public figures of one city's counties (or of counties directly under a province). */
export const load: PageServerLoad = async ({ params }) => {
	const counties = await run(countiesOfCity(params.code));
	if (!counties.length) error(404, `no city ${params.code}`);
	const first = counties[0]!;
	const name = first.parent_code ? first.parent_name! : first.province_name;
	const codes = counties.map((c) => c.region_code);
	const briefs = briefKeys(counties, await run(reportYearsOf(codes))).map((k) => k.year);
	return {
		code: params.code,
		briefs,
		name,
		province: first.province_name,
		counties,
		...(await publicSections(counties))
	};
};
