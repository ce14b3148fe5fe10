import { expect, test, type Page } from '@playwright/test';
import { watchWasm } from '../../scripts/bench/lib/wasm-requests.ts';
import { LIVE } from './watch';

test('home page is served from the built site, in Chinese, with nothing from other origins', async ({
	page,
	baseURL
}) => {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('县域政务服务绩效对比看板');
	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('the data files are served with the site and match the manifest', async ({ request }) => {
	const manifest = await (await request.get('/data/manifest.json')).json();
	for (const [name, info] of Object.entries(manifest.files as Record<string, { bytes: number }>)) {
		const res = await request.get(`/data/${name}`);
		expect(res.status(), name).toBe(200);
		expect((await res.body()).length, name).toBe(info.bytes);
	}
});

test('hashed assets are kept for a year, pages and data are revalidated', async ({ page }) => {
	const cacheOf = new Map<string, string | undefined>();
	page.on('response', (r) => cacheOf.set(new URL(r.url()).pathname, r.headers()['cache-control']));
	await page.goto('/status');
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'ready', {
		timeout: LIVE
	});
	const hashed = [...cacheOf.keys()].filter((p) => p.startsWith('/_app/immutable/'));
	expect(hashed.some((p) => p.endsWith('.wasm'))).toBe(true);
	for (const p of hashed) expect(cacheOf.get(p), p).toBe('public, max-age=31536000, immutable');
	for (const p of ['/status', '/data/manifest.json']) expect(cacheOf.get(p), p).toBe('no-cache');
});

for (const [path, ready] of [
	[
		'/status',
		async (page: Page) =>
			expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'ready', { timeout: LIVE })
	],
	[
		'/compare',
		async (page: Page) =>
			expect(page.locator('[data-testid=compare][data-engine-ready-ms]')).toHaveCount(1, {
				timeout: LIVE
			})
	]
] as const) {
	test(`a visit to ${path} fetches one engine bundle; a repeat visit takes it from the browser cache`, async ({
		page
	}) => {
		const wasm = await watchWasm(page);
		await page.goto(path);
		await ready(page);
		const first = wasm.take();
		expect(new Set(first.map((r) => r.url)).size, 'bundles fetched').toBe(1);
		expect(first.filter((r) => r.method === 'GET' && r.bytes > 0)).toHaveLength(1);

		await page.goto(path);
		await ready(page);
		const repeat = wasm.take();
		expect(repeat.length, 'the engine is still loaded').toBeGreaterThan(0);
		expect(
			repeat.filter((r) => !r.cached),
			'wasm requests that reached the server'
		).toEqual([]);
	});
}
