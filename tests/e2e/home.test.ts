import { expect, test } from '@playwright/test';
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

test('a repeat visit takes the engine from the browser cache', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const fromCache = new Map<string, boolean | undefined>();
	cdp.on('Network.responseReceived', ({ response }) => {
		if (response.url.endsWith('.wasm')) fromCache.set(response.url, response.fromDiskCache);
	});
	for (const visit of ['first', 'repeat']) {
		fromCache.clear();
		await page.goto('/status');
		await expect(page.getByTestId('db-state'), visit).toHaveAttribute('data-state', 'ready', {
			timeout: LIVE
		});
		expect([...fromCache.values()], visit).toEqual([visit === 'repeat']);
	}
});
