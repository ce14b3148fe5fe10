import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { publicChunkProblems } from './scripts/lib/public-chunks.ts';

/** Fails the client build when a public page could load the query engine. */
function publicPagesWithoutEngine(): Plugin {
	return {
		name: 'yardstick:public-pages-without-engine',
		apply: 'build',
		generateBundle(_, bundle) {
			if (this.environment?.name !== 'client') return;
			const chunks = Object.values(bundle).flatMap((c) =>
				c.type === 'chunk'
					? [
							{
								fileName: c.fileName,
								moduleIds: c.moduleIds,
								imports: c.imports,
								dynamicImports: c.dynamicImports
							}
						]
					: []
			);
			const problems = publicChunkProblems(chunks, process.cwd());
			if (problems.length)
				this.error(`public pages must never load the query engine:\n  ${problems.join('\n  ')}`);
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), publicPagesWithoutEngine()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The Parquet decode worker is a module worker (src/lib/db/parquet-loader.ts).
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Many tests run the data build in a child process (some in their beforeAll); on a
		// busy 2-core machine one build can take half a minute.
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
