import { expect, test } from '@playwright/test';

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
