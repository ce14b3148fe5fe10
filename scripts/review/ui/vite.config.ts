/**
 * The workbench's page: a Svelte app of its own, built by `npm run review` into a
 * git-ignored cache folder (scripts/review/server/ui-build.ts). It is not part of the
 * SvelteKit site, so nothing of it can reach build/.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
	root: import.meta.dirname,
	base: '/',
	logLevel: 'warn',
	plugins: [svelte({ configFile: false })],
	build: { emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 }
});
