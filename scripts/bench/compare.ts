/**
 * How a cold visit to /compare feels: the built site (npm run build first) served
 * precompressed by scripts/serve.ts on loopback, headless Chromium, a new browser context
 * (empty cache) per run. Measures, asserts nothing. Per run:
 *
 * - firstChartMs: navigation start → the ranking chart's SVG is in the page (prerendered);
 * - engineReadyMs: navigation start → DuckDB-WASM ready (dbStatus.engineReadyMs, which the
 *   page exposes as data-engine-ready-ms);
 * - firstAnswer: the metric is changed as soon as the page is interactive; navigation
 *   start → the new chart is drawn (sinceNavMs), and change → drawn (latencyMs);
 * - transferBytes: everything fetched (page, code, wasm, Parquet), as encoded on the wire;
 * - then ~20 more interactions (metric, year, counties): each one's answer time as the
 *   page measures it (query + shaping, Live.lastMs) and change → drawn.
 *
 *   npx tsx scripts/bench/compare.ts [runs=5]
 *
 * Writes bench-results/compare.json. PORT (default 4392) may be set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { median, openSite } from './lib/site.ts';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.PORT ?? 4392);
const base = `http://127.0.0.1:${port}`;

/** Each changes the view; ids of form controls on /compare. */
type Step = { select: '#metric' | '#year'; value: string } | { toggle: string };
const STEPS: Step[] = [
	{ select: '#metric', value: 'yss_users' },
	{ select: '#metric', value: 'expenditure_final' },
	{ select: '#year', value: '2022' },
	{ select: '#metric', value: 'self_score' },
	{ toggle: '440233' },
	{ select: '#metric', value: 'one_window_rate' },
	{ select: '#year', value: '2023' },
	{ toggle: '440883' },
	{ select: '#metric', value: 'data_catalogs' },
	{ toggle: '440233' },
	{ select: '#metric', value: 'carryover' },
	{ select: '#metric', value: 'yzz_people_served' },
	{ toggle: '440883' },
	{ select: '#metric', value: 'staff_actual' },
	{ select: '#year', value: '2021' },
	{ select: '#metric', value: 'budget_execution_rate' },
	{ select: '#metric', value: 'service_items' },
	{ toggle: '440281' },
	{ select: '#metric', value: 'yst_entities' },
	{ toggle: '440281' },
	{ select: '#metric', value: 'budget_initial' }
];

interface Run {
	firstChartMs: number;
	firstContentfulPaintMs: number | null;
	engineReadyMs: number;
	firstAnswer: { sinceNavMs: number; latencyMs: number; queryMs: number };
	transferBytes: number;
	bytesByKind: Record<string, number>;
	requests: number;
	interactions: { step: string; queryMs: number; drawnMs: number }[];
}

const kindOf = (url: string) => {
	const path = new URL(url).pathname;
	if (path.endsWith('.wasm')) return 'wasm';
	if (path.endsWith('.parquet')) return 'parquet';
	if (/\.(js|mjs)$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	return 'html/other';
};

/** Playwright also reports requests made by the page's workers (wasm, Parquet). */
function countBytes(page: Page, run: Run): void {
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
		run.requests += 1;
		run.transferBytes += bytes;
		const kind = kindOf(request.url());
		run.bytesByKind[kind] = (run.bytesByKind[kind] ?? 0) + bytes;
	});
}

/**
 * Makes one change the way a reader does (a change event, a click) and returns, in page
 * time, when it was made and when the new view's chart was drawn.
 */
async function change(page: Page, step: Step): Promise<{ queryMs: number; drawnMs: number }> {
	const before = await page.evaluate(() => location.search);
	const t0 = await page.evaluate((s) => {
		const t = performance.now();
		if ('toggle' in s) {
			(document.querySelector(`input[value="${s.toggle}"]`) as HTMLInputElement).click();
		} else {
			const el = document.querySelector(s.select) as HTMLSelectElement;
			el.value = s.value;
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		return t;
	}, step);
	const drawn = await page.waitForFunction(
		(old) => {
			const root = document.querySelector<HTMLElement>('[data-testid=compare]')!;
			const done =
				location.search !== old &&
				root.dataset.view === location.search &&
				root.dataset.status === 'ready' &&
				!document.querySelector('.frame .state[role=status]') &&
				document.querySelector('figure[aria-labelledby="compare-ranking-title"] .chart svg');
			return done ? performance.now() : false;
		},
		before,
		{ polling: 'raf', timeout: 60_000 }
	);
	const drawnAt = (await drawn.jsonValue()) as number;
	const queryMs = Number(await page.getByTestId('compare').getAttribute('data-last-ms'));
	return { queryMs, drawnMs: Math.round(drawnAt - t0) };
}

const describe = (s: Step) => ('toggle' in s ? `toggle ${s.toggle}` : `${s.select}=${s.value}`);

async function main(): Promise<void> {
	const site = await openSite(port);
	const { browser } = site;
	const results: Run[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const run: Run = {
				firstChartMs: 0,
				firstContentfulPaintMs: null,
				engineReadyMs: 0,
				firstAnswer: { sinceNavMs: 0, latencyMs: 0, queryMs: 0 },
				transferBytes: 0,
				bytesByKind: {},
				requests: 0,
				interactions: []
			};
			countBytes(page, run);
			await page.goto(`${base}/compare`, { waitUntil: 'commit' });
			const chart = await page.waitForFunction(
				() =>
					document.querySelector('figure[aria-labelledby="compare-ranking-title"] .chart svg')
						? performance.now()
						: false,
				null,
				{ polling: 'raf', timeout: 60_000 }
			);
			run.firstChartMs = Math.round((await chart.jsonValue()) as number);
			await page.getByTestId('compare').and(page.locator('[data-hydrated=true]')).waitFor();
			const first = await change(page, { select: '#metric', value: 'yzz_transactions' });
			const now = await page.evaluate(() => performance.now());
			run.firstAnswer = {
				sinceNavMs: Math.round(now),
				latencyMs: first.drawnMs,
				queryMs: first.queryMs
			};
			const engine = page.getByTestId('compare').and(page.locator('[data-engine-ready-ms]'));
			run.engineReadyMs = Number(await engine.getAttribute('data-engine-ready-ms'));
			run.firstContentfulPaintMs = await page.evaluate(() => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0];
				return fcp ? Math.round(fcp.startTime) : null;
			});
			await page.waitForLoadState('networkidle');
			for (const step of STEPS) {
				const r = await change(page, step);
				run.interactions.push({ step: describe(step), ...r });
			}
			results.push(run);
			const q = run.interactions.map((x) => x.queryMs);
			console.log(
				`run ${i + 1}: chart ${run.firstChartMs} ms, engine ${run.engineReadyMs} ms, ` +
					`first answer ${run.firstAnswer.sinceNavMs} ms (${run.firstAnswer.latencyMs} ms after the change), ` +
					`${(run.transferBytes / 1e6).toFixed(2)} MB in ${run.requests} requests, ` +
					`queries median ${median(q)} ms, slowest ${Math.max(...q)} ms`
			);
			await context.close();
		}
	} finally {
		await site.close();
	}
	const all = results.flatMap((r) => r.interactions);
	const summary = {
		when: new Date().toISOString(),
		runs,
		median: {
			firstChartMs: median(results.map((r) => r.firstChartMs)),
			engineReadyMs: median(results.map((r) => r.engineReadyMs)),
			firstAnswerSinceNavMs: median(results.map((r) => r.firstAnswer.sinceNavMs)),
			firstAnswerLatencyMs: median(results.map((r) => r.firstAnswer.latencyMs)),
			transferBytes: median(results.map((r) => r.transferBytes))
		},
		interactions: {
			count: all.length,
			queryMs: {
				median: median(all.map((x) => x.queryMs)),
				slowest: max(all.map((x) => x.queryMs))
			},
			drawnMs: {
				median: median(all.map((x) => x.drawnMs)),
				slowest: max(all.map((x) => x.drawnMs))
			}
		},
		bytesByKind: results[0]?.bytesByKind,
		results
	};
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/compare.json', JSON.stringify(summary, null, '\t') + '\n');
	console.log('median', summary.median, 'interactions', summary.interactions);
}

const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);

await main();
