/**
 * A repeat visit to /compare, as a reader makes one: in a browser profile kept on disk (a
 * temporary user data dir, like the reader's own; Playwright's new contexts are off the
 * record, and there Chrome writes compiled wasm but never reads it back), /compare is
 * opened and used (the engine answers a few changes), then opened again in a new tab.
 * Measured on the repeat visit: DuckDB ready, whether the wasm came from the HTTP cache
 * (wasm-requests.ts), and whether Chrome kept the engine's compiled code after the first
 * visit and built the engine from it on the second. Asserts nothing.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { change, options } from './site-interactions.ts';
import { LAUNCH } from './site.ts';
import { watchWasm } from './wasm-requests.ts';

export interface RepeatLoad {
	engineReadyMs: number;
	/** Requests for a .wasm file, and how many of them the browser's cache answered. */
	wasmRequests: number;
	wasmFromCache: number;
	/** Bytes of .wasm that came over the network (0 when all came from the cache). */
	wasmBytes: number;
	/** Compiled wasm Chrome kept in the profile after the first visit (entries; 0: none). */
	codeCacheEntries: number;
	/** 1 when the repeat visit's engine was built from that compiled code, not compiled. */
	codeCacheHit: number;
}

/** Changes the first visit makes once the engine holds the view's tables. */
const USES = 3;
/**
 * V8 hands its optimised wasm to Chrome's cache 2 s after the last optimising compile, or at
 * once past 1 MB of it (--wasm-caching-timeout-ms, --wasm-caching-hard-threshold).
 */
const KEEP_WAIT_MS = 5000;

const ROOT = '[data-testid=compare]';

async function openCompare(page: Page, base: string): Promise<number> {
	await page.goto(`${base}/compare`, { waitUntil: 'commit' });
	const root = page.locator(`${ROOT}[data-engine-ready-ms]`);
	await root.waitFor({ timeout: 120_000 });
	return Number(await root.getAttribute('data-engine-ready-ms'));
}

/** The first visit: the engine loads the view's tables and answers USES metric changes. */
async function use(page: Page, base: string): Promise<void> {
	await openCompare(page, base);
	await page.locator(`${ROOT}[data-tables-ready-ms]`).waitFor({ timeout: 120_000 });
	const current = await page.$eval('#metric', (s) => (s as HTMLSelectElement).value);
	const others = (await options(page, '#metric')).filter((m) => m !== current);
	for (const value of others.slice(0, USES)) await change(page, ROOT, { select: '#metric', value });
}

/** Entries in the profile's compiled-wasm cache (Chrome's `Code Cache/wasm`). */
async function codeCacheEntries(profile: string): Promise<number> {
	const names = await readdir(join(profile, 'Default', 'Code Cache', 'wasm')).catch(() => []);
	return names.filter((n) => n !== 'index' && n !== 'index-dir').length;
}

/** Waits, at most KEEP_WAIT_MS, until Chrome has kept some compiled wasm in the profile. */
async function kept(profile: string): Promise<number> {
	const until = Date.now() + KEEP_WAIT_MS;
	for (;;) {
		const n = await codeCacheEntries(profile);
		if (n > 0 || Date.now() >= until) return n;
		await new Promise((r) => setTimeout(r, 250));
	}
}

/**
 * Counts Chrome's `v8.wasm.moduleCacheHit` trace events (category devtools.timeline) in
 * the page's renderer, its workers included: a wasm module built from the compiled-code
 * cache rather than compiled.
 */
async function traceCacheHits(page: Page): Promise<() => Promise<number>> {
	const cdp = await page.context().newCDPSession(page);
	let hits = 0;
	cdp.on('Tracing.dataCollected', ({ value }) => {
		for (const e of value as { name?: string }[]) if (e.name === 'v8.wasm.moduleCacheHit') hits++;
	});
	await cdp.send('Tracing.start', {
		traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] },
		transferMode: 'ReportEvents'
	});
	return async () => {
		const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
		await cdp.send('Tracing.end');
		await complete;
		await cdp.detach();
		return hits;
	};
}

export async function repeatLoad(base: string): Promise<RepeatLoad> {
	const profile = await mkdtemp(join(tmpdir(), 'yardstick-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...LAUNCH, locale: 'zh-CN' });
	context.setDefaultTimeout(120_000);
	try {
		await use(await context.newPage(), base);
		const entries = await kept(profile);
		const page = await context.newPage();
		const wasm = await watchWasm(page);
		const hits = await traceCacheHits(page);
		const engineReadyMs = await openCompare(page, base);
		await page.waitForLoadState('networkidle');
		const rs = wasm.take();
		return {
			engineReadyMs,
			wasmRequests: rs.length,
			wasmFromCache: rs.filter((r) => r.cached).length,
			wasmBytes: rs.reduce((n, r) => n + r.bytes, 0),
			codeCacheEntries: entries,
			codeCacheHit: (await hits()) > 0 ? 1 : 0
		};
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
}
