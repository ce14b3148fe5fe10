/**
 * The built site in headless Chromium, cold (a new browser context, so an empty cache,
 * per load): the public page's bytes and first contentful paint; the dashboard's first
 * chart, DuckDB ready and data loaded on /compare, with the Parquet bytes its default
 * view (one province) fetched; the first metric change. The repeat visit is site-repeat.ts,
 * the reader's later changes are site-interactions.ts. Asserts nothing.
 */
import type { Browser, Page } from '@playwright/test';
import { change, options } from './site-interactions.ts';

export interface PublicLoad {
	fcpMs: number;
	totalBytes: number;
	bytes: Record<'html' | 'css' | 'js' | 'other', number>;
	requests: number;
}

export interface DashboardLoad {
	firstChartMs: number;
	engineReadyMs: number;
	dataLoadedMs: number;
	totalBytes: number;
	wasmBytes: number;
	/** Engine bundles (.wasm files) fetched in the visit: one is right. */
	wasmFiles: number;
	parquetBytes: number;
	parquetFiles: number;
	/** 1 when the engine failed to load its tables (the median says whether most loads did). */
	engineErrors: number;
}

/** Everything fetched, by the page and its workers, as encoded on the wire. */
function meter(page: Page) {
	const rows: { url: string; type: string; bytes: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (r) => {
		pending.push(
			r.sizes().then(
				(s) => {
					rows.push({
						url: new URL(r.url()).pathname,
						type: r.resourceType(),
						bytes: s.responseBodySize + s.responseHeadersSize
					});
				},
				() => {} // finished as its page closed: not part of what was measured
			)
		);
	});
	return async () => {
		await Promise.all(pending);
		return rows;
	};
}

const fcp = (page: Page) =>
	page.evaluate(() =>
		Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)
	);

async function cold<T>(browser: Browser, f: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext({ locale: 'zh-CN' });
	// A loaded 2-core machine can take longer than Playwright's 30 s default to go idle.
	context.setDefaultTimeout(120_000);
	try {
		return await f(await context.newPage());
	} finally {
		await context.close();
	}
}

export async function publicLoad(browser: Browser, url: string): Promise<PublicLoad> {
	return cold(browser, async (page) => {
		const done = meter(page);
		await page.goto(url, { waitUntil: 'networkidle' });
		const rows = await done();
		const kind = (r: (typeof rows)[number]) =>
			r.type === 'document'
				? 'html'
				: r.type === 'stylesheet'
					? 'css'
					: r.type === 'script' || r.url.endsWith('.js')
						? 'js'
						: 'other';
		const bytes = { html: 0, css: 0, js: 0, other: 0 };
		for (const r of rows) bytes[kind(r)] += r.bytes;
		const totalBytes = rows.reduce((n, r) => n + r.bytes, 0);
		return { fcpMs: await fcp(page), totalBytes, bytes, requests: rows.length };
	});
}

const CHART = 'figure[aria-labelledby="compare-ranking-title"] .chart svg';

export async function dashboardLoad(browser: Browser, base: string): Promise<DashboardLoad> {
	return cold(browser, async (page) => {
		const done = meter(page);
		await page.goto(`${base}/compare`, { waitUntil: 'commit' });
		const chart = await page.waitForFunction(
			(sel) => (document.querySelector(sel) ? performance.now() : false),
			CHART,
			{ polling: 'raf', timeout: 60_000 }
		);
		const root = page.locator('[data-testid=compare]');
		// Tables ready, or the engine's error (say, a file that stalled 30 s): counted, not fatal.
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('[data-testid=compare]')?.dataset.tablesReadyMs ||
				document.querySelector('[role=alert]'),
			null,
			{ timeout: 120_000 }
		);
		const engineError = (await page.locator('[role=alert]').allInnerTexts()).join(' ');
		await page.waitForLoadState('networkidle');
		const rows = await done();
		const sum = (f: (u: string) => boolean) =>
			rows.filter((r) => f(r.url)).reduce((n, r) => n + r.bytes, 0);
		return {
			firstChartMs: Math.round((await chart.jsonValue()) as number),
			engineReadyMs: Number(await root.getAttribute('data-engine-ready-ms')),
			dataLoadedMs: Number(await root.getAttribute('data-tables-ready-ms')),
			totalBytes: sum(() => true),
			wasmBytes: sum((u) => u.endsWith('.wasm')),
			wasmFiles: new Set(rows.filter((r) => r.url.endsWith('.wasm')).map((r) => r.url)).size,
			parquetBytes: sum((u) => u.endsWith('.parquet')),
			parquetFiles: rows.filter((r) => r.url.endsWith('.parquet')).length,
			engineErrors: engineError ? 1 : 0
		};
	});
}

/** The first change of metric on /compare, made cold at CLICK_AT ms after navigation. */
export interface FirstChange {
	/** Page time of the click (CLICK_AT, or later when the page hydrated later). */
	clickMs: number;
	/** Page time the new view was drawn: what the goal counts, from navigation. */
	drawnMs: number;
	/** Who answered it: 'precomputed' or 'engine' (the page's data-answer). */
	answer: string;
	/** Bytes fetched from navigation until drawn: Parquet, and precomputed answers (JSON). */
	parquetBytes: number;
	answerBytes: number;
}

export const CLICK_AT = 1000;

/**
 * A reader who changes the metric about a second after /compare opened, cold: the moment
 * the engine may not be ready yet. The metric chosen is the next one in the list.
 */
export async function firstChangeLoad(browser: Browser, base: string): Promise<FirstChange> {
	return cold(browser, async (page) => {
		const done = meter(page);
		await page.goto(`${base}/compare`, { waitUntil: 'commit' });
		const root = '[data-testid=compare]';
		await page.waitForFunction(
			([sel, at]) =>
				document.querySelector<HTMLElement>(sel)?.dataset.hydrated === 'true' &&
				performance.now() >= at,
			[root, CLICK_AT] as const,
			{ polling: 'raf', timeout: 60_000 }
		);
		const metrics = await options(page, '#metric');
		const current = await page.$eval('#metric', (s) => (s as HTMLSelectElement).value);
		const next = metrics[(metrics.indexOf(current) + 1) % metrics.length]!;
		// Not drawn within change()'s 2 minutes (the engine failed): NaN, and said so.
		const { t0, drawnAt } = await change(page, root, { select: '#metric', value: next }).catch(
			() => ({ t0: NaN, drawnAt: NaN })
		);
		const rows = await done();
		const sum = (f: (u: string) => boolean) =>
			rows.filter((r) => f(r.url)).reduce((n, r) => n + r.bytes, 0);
		return {
			clickMs: Math.round(t0),
			drawnMs: Math.round(drawnAt),
			answer: Number.isNaN(drawnAt)
				? 'not drawn'
				: ((await page.getAttribute(root, 'data-answer')) ?? ''),
			parquetBytes: sum((u) => u.endsWith('.parquet')),
			answerBytes: sum((u) => u.includes('/data/answers/'))
		};
	});
}
