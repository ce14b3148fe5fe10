/**
 * /matrix on the built site, in Chromium, with real DuckDB-WASM and the real Parquet files:
 * cells as stated with their rank in words, the year in the URL (back, forward), a cell
 * opening its comparison, the CSV, a phone-width table, and the page with JavaScript off.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { frames, LIVE, watch } from './watch.ts';

// Each live test starts DuckDB-WASM cold (a few seconds, more on a busy machine).
test.describe.configure({ timeout: 120_000 });

const LECHANG = '440281';
const XINFENG = '440233';
const WUCHUAN = '440883';

/**
 * A metric's row, as a reader reaches it: a long table draws only the rows in view once
 * live, so when the row is not drawn, the single-county list is opened and scrolled
 * through from its top until it is.
 */
async function reveal(page: Page, metric: string): Promise<void> {
	const row = page.locator(`tr[data-metric="${metric}"]`);
	if (await row.count()) return;
	const single = page.locator('details.single');
	if ((await single.getAttribute('open')) === null) await single.locator('summary').click();
	await single
		.locator('table.matrix')
		.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY));
	for (let step = 0; step < 200 && !(await row.count()); step++) {
		await page.mouse.wheel(0, 400);
		await frames(page);
	}
}

async function cell(page: Page, metric: string, county: string) {
	await reveal(page, metric);
	return page.locator(`tr[data-metric="${metric}"] td[data-county="${county}"]`);
}

async function shows(page: Page, search: string): Promise<void> {
	const root = page.getByTestId('matrix');
	await expect(root).toHaveAttribute('data-view', search, { timeout: LIVE });
	await expect(root).toHaveAttribute('data-status', 'ready', { timeout: LIVE });
	await expect(page.locator('table.matrix').first()).toBeVisible({ timeout: LIVE });
}

/** The latest year's cells, as stated, with the rank written out beside the colour. */
async function expectLatestYear(page: Page): Promise<void> {
	await expect(page.locator('table.matrix caption').first()).toContainText('2023年');
	// Both counties state 粤智助 volumes to date; the metric is ranked on the year's figure.
	const yzz = (c: string) => cell(page, 'yzz_transactions', c);
	await expect(await yzz(LECHANG)).toHaveText(/^\s*累计≥93万笔\s*累计数，不排名\s*$/);
	await expect(await yzz(WUCHUAN)).toHaveText(/^\s*累计≥34.5万笔\s*累计数，不排名\s*$/);
	for (const c of [LECHANG, WUCHUAN])
		expect(await (await yzz(c)).getAttribute('data-band')).toBeNull();
	await expect(await yzz(XINFENG)).toHaveText('未报告');
	// Two levels on one basis are ranked: 新丰's 861 catalogues to date against 乐昌's 853.
	await expect(await cell(page, 'data_catalogs', XINFENG)).toHaveText(/^\s*861个\s*第1\/2\s*$/);
	await expect(await cell(page, 'data_catalogs', LECHANG)).toHaveText(/^\s*853个\s*第2\/2\s*$/);
	// The city's 韶关专版 items are not 乐昌's figure: no row.
	await expect(page.locator('tr[data-metric="yss_items"]')).toHaveCount(0);
	// A contradicted figure: both values, ranked by neither, not coloured.
	const window = await cell(page, 'one_window_rate', LECHANG);
	await expect(window).toContainText('92% / 90%');
	await expect(window).toContainText('说法不一，不排名');
	expect(await window.getAttribute('data-band')).toBeNull();
	// No direction: the value, no rank, no colour; 新丰's project budgets are counted apart.
	await expect(await cell(page, 'budget_initial', LECHANG)).toHaveText(/^\s*371.02万元\s*$/);
	expect(await (await cell(page, 'budget_initial', LECHANG)).getAttribute('data-band')).toBeNull();
	await expect(await cell(page, 'budget_initial', XINFENG)).toContainText('未报告');
	await expect(await cell(page, 'budget_initial', XINFENG)).toContainText(
		'项目数字 3 项（不排名）'
	);
	await expect(await cell(page, 'yss_users', WUCHUAN)).toContainText('≥89.65万人');
	await expect(await cell(page, 'yss_users', WUCHUAN)).toContainText('第1/2');
}

/**
 * Comparable first: the open table holds only metrics two or more counties state (a figure
 * of their own or a project's); the rest sit behind a toggle that says how many they are.
 * Live, the long list behind the toggle is drawn as it is scrolled; every row is asked for
 * (the toggle beside its caption) to count them.
 */
async function expectComparableFirst(page: Page, live: boolean): Promise<void> {
	const open = page.locator('table.matrix').first();
	const stating = await open
		.locator('tr[data-metric]')
		.evaluateAll((rows) =>
			rows.map(
				(r) =>
					[...r.querySelectorAll('td.cell')].filter(
						(c) => !c.classList.contains('missing') || c.querySelector('.projects')
					).length
			)
		);
	expect(stating.length).toBeGreaterThan(0);
	for (const n of stating) expect(n).toBeGreaterThanOrEqual(2);
	const single = page.locator('details.single');
	const hidden = single.locator('tr[data-metric]');
	await expect(hidden.first()).toBeHidden();
	await single.locator('summary').click();
	await expect(hidden.first()).toBeVisible();
	if (live) await single.getByRole('button', { name: /一次显示全部 \d+ 行/ }).click();
	const n = await hidden.count();
	expect(n).toBeGreaterThan(0);
	await expect(single.locator('summary')).toContainText(`另有 ${n} 个指标只有一个县报告`);
	const counts = await hidden.evaluateAll((rows) =>
		rows.map(
			(r) =>
				[...r.querySelectorAll('td.cell')].filter(
					(c) => !c.classList.contains('missing') || c.querySelector('.projects')
				).length
		)
	);
	expect(counts.every((c) => c === 1)).toBe(true);
	await expect(await cell(page, 'one_window_rate', LECHANG)).toBeVisible();
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the latest year is complete in the HTML, grouped by category', async ({ page }) => {
		await page.goto('/matrix');
		await expectLatestYear(page);
		const open = page.locator('table.matrix').first();
		const stated = /（(\d+) 个指标）/.exec((await open.locator('caption').textContent())!)!;
		await expect(open.locator('tr[data-metric]')).toHaveCount(Number(stated[1]));
		const groups = await page.locator('tr.group th').allInnerTexts();
		expect(groups).toContain('预算与支出');
		expect(groups).toContain('粤智助自助机');
	});

	test('opens on the comparable metrics; the toggle reveals the rest', async ({ page }) => {
		await page.goto('/matrix');
		await expectComparableFirst(page, false);
	});
});

test('comparable first, live: 韶关市 has its own single-county metrics', async ({ page }) => {
	await page.goto('/matrix?place=440200');
	await shows(page, '?place=440200');
	await expect(page.locator('table.matrix thead').first()).not.toContainText('吴川市');
	await expectComparableFirst(page, true);
});

test('the year lives in the URL; back and forward restore it', async ({ page, baseURL }) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/matrix');
	await expect(page.getByTestId('matrix')).toHaveAttribute('data-hydrated', 'true');
	await expectLatestYear(page);

	await page.locator('#matrix-year').selectOption('2022');
	await expect(page).toHaveURL(/\/matrix\?year=2022$/);
	await shows(page, '?year=2022');
	await expect(page.locator('table.matrix caption').first()).toContainText('2022年');
	await expect(await cell(page, 'yzz_transactions', LECHANG)).toHaveText(/^\s*60万笔\s*第1\/1\s*$/);
	// One county ranked: the rank is written, but there is nothing to colour.
	expect(
		await (await cell(page, 'yzz_transactions', LECHANG)).getAttribute('data-band')
	).toBeNull();
	await expect(await cell(page, 'budget_initial', LECHANG)).toHaveText(/^\s*349.2万元\s*$/);

	await page.goBack();
	await shows(page, '');
	await expect(page.locator('#matrix-year')).toHaveValue('2023');
	await expectLatestYear(page);
	await page.goForward();
	await shows(page, '?year=2022');
	await expect(page.locator('#matrix-year')).toHaveValue('2022');
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('the area narrows the matrix to one city, and back', async ({ page }) => {
	await page.goto('/matrix');
	await expect(page.getByTestId('matrix')).toHaveAttribute('data-hydrated', 'true');
	const heads = page.locator('table.matrix').first().locator('thead th[scope=col]:not(.corner)');
	await expect(heads).toHaveCount(3);
	await page.locator('#matrix-place').selectOption('440200');
	await expect(page).toHaveURL(/\/matrix\?place=440200$/);
	await shows(page, '?place=440200');
	await expect(heads).toHaveCount(2);
	await expect(page.locator('table.matrix thead').first()).not.toContainText('吴川市');
	await page.goBack();
	await shows(page, '');
	await expect(heads).toHaveCount(3);
});

test('a cell opens that comparison', async ({ page, baseURL }) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/matrix?year=2022');
	await shows(page, '?year=2022');
	// 2022 has one reporting county: nothing to compare, so the single-county list is open.
	await expect(page.getByText('这一年没有两个县都报告的指标')).toBeVisible();
	await expect(page.locator('details.single')).toHaveAttribute('open', '');
	await (await cell(page, 'yzz_transactions', LECHANG)).getByRole('link').click();
	await expect(page).toHaveURL(/\/compare\?metric=yzz_transactions&year=2022$/);
	const root = page.getByTestId('compare');
	await expect(root).toHaveAttribute('data-view', '?metric=yzz_transactions&year=2022', {
		timeout: LIVE
	});
	await expect(root).toHaveAttribute('data-status', 'ready');
	await expect(page.locator('#metric')).toHaveValue('yzz_transactions');
	await expect(page.locator('#year')).toHaveValue('2022');
	await expect(
		page.locator('figure[aria-labelledby="compare-ranking-title"] tbody tr', { hasText: '乐昌市' })
	).toContainText('60万笔');

	await page.goto('/matrix');
	const link = (await cell(page, 'yss_users', WUCHUAN)).getByRole('link');
	await expect(link).toHaveAttribute('href', /\/compare\?metric=yss_users$/);
	expect(seen.errors).toEqual([]);
});

test('the CSV download starts with the BOM and holds every row shown', async ({ page }) => {
	await page.goto('/matrix');
	await expect(page.getByTestId('matrix')).toHaveAttribute('data-hydrated', 'true');
	// The open table's button: its rows (the metrics two or more counties state).
	const table = page.locator('table.matrix').first();
	const rows = await table.locator('tr[data-metric]').count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		table.getByRole('button', { name: '下载 CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('指标矩阵-2023.csv');
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.slice(1).trim().split('\r\n');
	expect(lines).toHaveLength(rows + 1);
	const yzz = lines.find((l) => l.includes(',yzz_transactions,'))!;
	expect(yzz).toContain(',930000,ge,cumulative,,');
	expect(yzz).toMatch(/,345000,ge,cumulative,$/);
});

test('on a phone the table scrolls sideways and the metric column stays put', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/matrix');
	const wrap = page.locator('.wrap').first();
	const header = page.locator('tr[data-metric="yzz_transactions"] th');
	await header.scrollIntoViewIfNeeded();
	const before = (await header.boundingBox())!;
	const scrolled = await wrap.evaluate((el) => {
		el.scrollLeft = 200;
		return el.scrollLeft;
	});
	expect(scrolled).toBeGreaterThan(0);
	const after = (await header.boundingBox())!;
	expect(Math.abs(after.x - before.x)).toBeLessThan(1);
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(pageWidth).toBeLessThanOrEqual(360);
});
