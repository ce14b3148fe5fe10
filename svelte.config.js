import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompressed } from './scripts/lib/precompress.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed (.br/.gz) by our wrapper: see scripts/lib/precompress.js for why.
		adapter: precompressed(
			adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false }),
			'build'
		),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
