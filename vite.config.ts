import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// The Parquet decode worker is a module worker (src/lib/db/parquet-loader.ts).
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 30_000
	}
});
