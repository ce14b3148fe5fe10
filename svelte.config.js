import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompressed } from './scripts/lib/precompress.js';

/*
 * The benchmark (scripts/bench/lib/site-build.ts) builds the same site over synthetic
 * data into a folder of its own: YARDSTICK_ASSETS is the static folder to copy (with its
 * data/), YARDSTICK_SITE_OUT the output (YARDSTICK_DATA_DIR and YARDSTICK_SOURCES_DIR
 * point src/lib/db/node.server.ts at the same data), YARDSTICK_PRERENDER the pages to prerender
 * (comma-separated, no crawl) when prerendering every page would take too long.
 * YARDSTICK_PRECOMPRESS=off skips the .br/.gz files, for a local preview served without them.
 */
const out = process.env.YARDSTICK_SITE_OUT ?? 'build';
const only = process.env.YARDSTICK_PRERENDER?.split(',');
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, precompress: false });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		files: { assets: process.env.YARDSTICK_ASSETS ?? 'static' },
		// Precompressed (.br/.gz) by our wrapper: see scripts/lib/precompress.js for why.
		adapter:
			process.env.YARDSTICK_PRECOMPRESS === 'off'
				? staticAdapter
				: precompressed(staticAdapter, out),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			...(only
				? { entries: /** @type {any} */ (only), crawl: false, handleUnseenRoutes: 'ignore' }
				: {})
		}
	}
};

export default config;
