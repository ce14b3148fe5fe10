import { defineConfig } from '@playwright/test';
import { reviewPlace } from './tests/e2e-review/place.ts';

const port = Number(process.env.E2E_PORT ?? 4319);
const review = reviewPlace(port);

/** One file of the workbench's tests, run after the one it depends on. */
const reviewProject = (name: string, after?: string) => ({
	name: `review-${name}`,
	testDir: 'tests/e2e-review',
	testMatch: `${name}.test.ts`,
	dependencies: after ? [`review-${after}`] : [],
	expect: { timeout: 20_000 },
	use: { baseURL: review.url }
});

export default defineConfig({
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// Room for a cold DuckDB-WASM start on a busy machine (tests/e2e/watch.ts LIVE).
	timeout: 90_000,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'zh-CN',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || undefined,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{ name: 'site', testDir: 'tests/e2e' },
		// The workbench (npm run review) on a temporary copy of data/: the refusals first,
		// then the flow that writes, then other formats, so each sees the data it expects.
		reviewProject('guards'),
		reviewProject('flow', 'guards'),
		reviewProject('formats', 'flow')
	],
	webServer: [
		{
			command: 'npx tsx scripts/serve.ts',
			env: { PORT: String(port) },
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: 'npx tsx tests/e2e-review/serve.ts',
			url: `${review.url}/api/state`,
			reuseExistingServer: false,
			// The first start builds the workbench's page.
			timeout: 120_000
		}
	]
});
