/**
 * What a page did that it must not: requests to another origin, console errors, uncaught
 * errors. Also the workers it started (the Parquet decoder), for tests that look inside.
 */
import type { Page, Worker } from '@playwright/test';

export function watch(page: Page, origin: string) {
	const seen = { foreign: [] as string[], errors: [] as string[], workers: [] as Worker[] };
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) seen.foreign.push(url);
	});
	page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
	page.on('pageerror', (e) => seen.errors.push(e.message));
	page.on('worker', (w) => seen.workers.push(w));
	return seen;
}

/**
 * How long a test waits for an answer that needs DuckDB-WASM started cold: ~2 s on an idle
 * machine, several times that on a busy one. It waits on the answer, never for a fixed time.
 */
export const LIVE = 60_000;

/** Two frames: a long table's drawn rows follow a scroll on the next one. */
export const frames = (page: Page) =>
	page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
