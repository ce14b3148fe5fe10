/**
 * The Content-Security-Policy every page carries, and that the site works under it: the
 * browser reports no violation while the pages render, hydrate, draw live charts and run
 * DuckDB-WASM with its workers.
 */
import { expect, test, type Page } from '@playwright/test';
import { LIVE, watch } from './watch.ts';

test.describe.configure({ timeout: 120_000 });

/** Violations the page reports, kept on window by a listener installed before any script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`)
		);
	});
	return () =>
		page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The policy of the page, directive by directive. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
	const content = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(content, 'the page carries a Content-Security-Policy').toBeTruthy();
	return new Map(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

const PAGES = [
	'/',
	'/city/440200',
	'/sources/440281-2023',
	'/compare',
	'/matrix',
	'/audit',
	'/county/440281',
	'/data',
	'/about',
	'/status'
];

for (const path of PAGES)
	test(`${path} allows scripts, data and workers from the site alone`, async ({ page }) => {
		await page.goto(path);
		const policy = await policyOf(page);
		const scripts = policy.get('script-src')!;
		expect(scripts).toContain("'self'");
		expect(scripts).toContain("'wasm-unsafe-eval'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(scripts.filter((s) => !s.startsWith("'"))).toEqual([]);
		expect(policy.get('connect-src')).toEqual(["'self'"]);
		expect(policy.get('worker-src')).toEqual(["'self'"]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
	});

test('the pages, their live charts and the engine raise no violation', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	const violations = await recordViolations(page);

	// The public page: prerendered, hydrated, a chart made live on hover.
	await page.goto('/');
	const chart = page.locator('#county-440281 .chart').first();
	await chart.hover();
	await expect(chart).toHaveAttribute('data-live', 'true');
	expect(await violations()).toEqual([]);

	// The engine: wasm compiled, its worker and the Parquet decoder started, every table read.
	await page.goto('/status');
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'ready', {
		timeout: LIVE
	});
	await expect(page.getByTestId('counts-match')).toBeVisible({ timeout: LIVE });
	expect(await violations()).toEqual([]);

	// A dashboard answering a new view through the engine.
	await page.goto('/compare?metric=yzz_transactions');
	const root = page.getByTestId('compare');
	await expect(root).toHaveAttribute('data-view', '?metric=yzz_transactions', { timeout: LIVE });
	await expect(root).toHaveAttribute('data-status', 'ready', { timeout: LIVE });
	expect(await violations()).toEqual([]);

	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});
