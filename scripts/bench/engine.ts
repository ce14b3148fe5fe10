/**
 * How long a cold visit to /status takes to get DuckDB-WASM ready and every table
 * registered, and how many bytes cross the wire: the built site (npm run build first)
 * served precompressed by scripts/serve.ts on loopback, headless Chromium, a new
 * browser context per load. Measures, asserts nothing.
 *
 *   npx tsx scripts/bench/engine.ts [runs=5]
 *
 * Writes bench-results/engine.json. PORT (default 4391) may be set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { median, openSite } from './lib/site.ts';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.PORT ?? 4391);
const base = `http://127.0.0.1:${port}`;

interface Run {
	engineReadyMs: number;
	tablesReadyMs: number;
	bundle: string;
	requests: number;
	/** Bytes on the wire: response bodies as encoded (br/gzip) plus headers. */
	transferBytes: number;
	encodings: Record<string, string>;
}

/** Playwright also reports requests made by the page's workers (wasm, Parquet). */
function countBytes(page: Page, run: Run): void {
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		run.requests += 1;
		run.transferBytes += sizes.responseBodySize + sizes.responseHeadersSize;
		const name = new URL(request.url()).pathname.split('/').pop()!;
		const encoding = await (await request.response())?.headerValue('content-encoding');
		if (/\.(wasm|parquet|js)$/.test(name) && request.method() === 'GET') {
			run.encodings[name] = encoding ?? 'identity';
		}
	});
}

async function main(): Promise<void> {
	const site = await openSite(port);
	const { browser } = site;
	const results: Run[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const run: Run = {
				engineReadyMs: 0,
				tablesReadyMs: 0,
				bundle: '',
				requests: 0,
				transferBytes: 0,
				encodings: {}
			};
			countBytes(page, run);
			await page.goto(`${base}/status`);
			const state = page.getByTestId('db-state');
			await state.and(page.locator('[data-state=ready],[data-state=error]')).waitFor({
				timeout: 60_000
			});
			if ((await state.getAttribute('data-state')) !== 'ready') {
				throw new Error(await page.getByTestId('db-error').innerText());
			}
			await page.waitForLoadState('networkidle');
			const ms = async (id: string) =>
				Number((await page.getByTestId(id).innerText()).replace(/\D/g, ''));
			run.engineReadyMs = await ms('engine-ready-ms');
			run.tablesReadyMs = await ms('tables-ready-ms');
			run.bundle = await page.getByTestId('duckdb-bundle').innerText();
			results.push(run);
			console.log(
				`run ${i + 1}: engine ${run.engineReadyMs} ms, tables ${run.tablesReadyMs} ms, ` +
					`${(run.transferBytes / 1e6).toFixed(2)} MB in ${run.requests} requests (${run.bundle})`
			);
			await context.close();
		}
	} finally {
		await site.close();
	}
	const summary = {
		when: new Date().toISOString(),
		runs,
		median: {
			engineReadyMs: median(results.map((r) => r.engineReadyMs)),
			tablesReadyMs: median(results.map((r) => r.tablesReadyMs)),
			transferBytes: median(results.map((r) => r.transferBytes))
		},
		encodings: results[0]?.encodings,
		results
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/engine.json', JSON.stringify(summary, null, '\t') + '\n');
	console.log('median', summary.median, 'encodings', summary.encodings);
}

await main();
