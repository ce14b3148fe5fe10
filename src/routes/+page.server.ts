import { run } from '$lib/db/node.server.ts';
import { countiesWithReports } from '$lib/queries/regions.ts';
import { publicLayout, publicSections } from '$lib/server/public-page.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** Every county inline while they are few; otherwise an index of city pages. */
export const load: PageServerLoad = async () => {
	const counties = await run(countiesWithReports());
	const layout = publicLayout(counties.length);
	const sections = layout === 'inline' ? await publicSections(counties) : { models: [], svgs: {} };
	return { counties, layout, ...sections };
};
