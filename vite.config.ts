import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
