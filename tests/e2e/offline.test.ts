/**
 * What the site promises when its server becomes unreachable. It has no service worker:
 * it is plain files with cache headers (hashed assets immutable, the rest revalidated), so
 * a repeat visit takes the engine from the browser's cache (home.test.ts). Once a
 * dashboard's engine holds the view's tables, every change of metric, year or counties is
 * answered from them: with the network gone, the page keeps working and asks for nothing.
 */
import { expect, test } from '@playwright/test';
import { walk } from './views.ts';
import { LIVE, watch } from './watch.ts';

test.describe.configure({ timeout: 180_000 });

test('/compare keeps answering from the tables it holds when the server is unreachable', async ({
	page,
	context,
	baseURL
}) => {
	const watched = watch(page, new URL(baseURL!).origin);
	const offline = { errors: [] as string[] };
	await page.goto('/compare');
	const view = page.getByTestId('compare');
	await expect(view).toHaveAttribute('data-tables-ready-ms', /^\d+$/, { timeout: LIVE });

	// Requests the browser answers from its cache still count as requests: what matters is
	// that none fails and none asks for data.
	const failed: string[] = [];
	const data: string[] = [];
	// Chromium asks for the tab's icon again at each change of URL; the tab keeps its icon.
	page.on('requestfailed', (r) => {
		if (!r.url().endsWith('/favicon.svg')) failed.push(`${r.url()} ${r.failure()?.errorText}`);
	});
	page.on('request', (r) => /\/data\//.test(new URL(r.url()).pathname) && data.push(r.url()));
	expect(watched.errors).toEqual([]);
	await context.setOffline(true);
	// Resources that fail are listed above (with their URL), so their console line is not.
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
			offline.errors.push(m.text());
	});
	page.on('pageerror', (e) => offline.errors.push(e.message));
	const metricName = (id: string) =>
		page.locator(`#metric option[value="${id}"]`).evaluate((o) => o.textContent!.trim());
	const names = { users: await metricName('yss_users'), score: await metricName('self_score') };
	const views = await walk(page, 'compare', [
		(p) => p.selectOption('#metric', 'yss_users'),
		(p) => p.selectOption('#metric', 'self_score'),
		(p) => p.selectOption('#metric', 'expenditure_final'),
		(p) => p.selectOption('#year', '2022'),
		(p) => p.locator('input[name=county][value="440883"]').uncheck()
	]);
	await context.setOffline(false);

	expect(views.map((v) => v.by)).toEqual(views.map(() => 'engine'));
	expect(views[0]!.shown.text).toContain(names.users);
	expect(views[1]!.shown.text).toContain(names.score);
	expect(views[3]!.search).toContain('year=2022');
	expect(views[4]!.search).not.toContain('440883');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(failed).toEqual([]);
	expect(data).toEqual([]);
	expect(offline.errors).toEqual([]);
	expect(watched.foreign).toEqual([]);
});
