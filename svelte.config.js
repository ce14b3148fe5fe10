import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { codeVersion } from './scripts/lib/code-version.js';
import { incremental } from './scripts/lib/incremental.js';
import { precompressed } from './scripts/lib/precompress.js';
import { siteOut } from './src/lib/server/page-records.js';

/*
 * The benchmark (scripts/bench/lib/site-build.ts) builds the same site over synthetic
 * data into a folder of its own: YARDSTICK_ASSETS is the static folder to copy (with its
 * data/), YARDSTICK_SITE_OUT the output (YARDSTICK_DATA_DIR and YARDSTICK_SOURCES_DIR
 * point src/lib/db/node.server.ts at the same data), YARDSTICK_PRERENDER the pages to prerender
 * (comma-separated, no crawl) when prerendering every page would take too long.
 * YARDSTICK_PRECOMPRESS=off skips the .br/.gz files, for a local preview served without them.
 * YARDSTICK_SITE_LAST names the folder a build into a staging folder will replace: its pages
 * whose inputs did not change are kept (src/lib/server/incremental.ts).
 * YARDSTICK_KIT_OUT moves SvelteKit's own build folder (.svelte-kit), so such a build never
 * shares it with an `npm run build` running beside it. YARDSTICK_PRERENDER_CONCURRENCY=1
 * renders one page at a time, so each page's time (YARDSTICK_PAGE_TIMES, see
 * src/lib/server/page-times.ts) is its own.
 */
const out = siteOut();
const only = process.env.YARDSTICK_PRERENDER?.split(',');
// A page whose inputs did not change since the last build into `out` is kept, not rendered:
// see src/lib/server/incremental.ts.
const staticAdapter = incremental(
	adapter({ pages: out, assets: out, fallback: undefined, precompress: false }),
	out
);

/**
 * The one inline script of app.html (it applies the stored display modes before the first
 * paint), allowed by its hash: read from the file, so editing it cannot break the page.
 */
const inline = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'));
if (!inline) throw new Error('src/app.html: its inline display-mode script is missing');
const displayScript = `sha256-${createHash('sha256').update(inline[1]).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		version: { name: codeVersion() },
		outDir: process.env.YARDSTICK_KIT_OUT ?? '.svelte-kit',
		files: { assets: process.env.YARDSTICK_ASSETS ?? 'static' },
		// Precompressed (.br/.gz) by our wrapper: see scripts/lib/precompress.js for why.
		adapter:
			process.env.YARDSTICK_PRECOMPRESS === 'off'
				? staticAdapter
				: precompressed(staticAdapter, out),
		// The browser itself enforces what the tests check: scripts, data and workers from this
		// site only. 'wasm-unsafe-eval' lets DuckDB-WASM compile its wasm; SvelteKit hashes
		// its own inline scripts. Workers are started from the site's own files (the engine's
		// worker from a same-origin URL, not duckdb-wasm's blob: createWorker), so no blob:.
		// Styles may be inline: Svelte and ECharts set style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', displayScript],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A page's queries run in DuckDB's own threads: while one page waits for them,
			// others render (measured by `npm run bench -- --steps build`).
			concurrency: Number(process.env.YARDSTICK_PRERENDER_CONCURRENCY ?? 4),
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			...(only
				? { entries: /** @type {any} */ (only), crawl: false, handleUnseenRoutes: 'ignore' }
				: {})
		}
	}
};

export default config;
