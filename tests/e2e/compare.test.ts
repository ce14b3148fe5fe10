/**
 * /compare on the built site, in Chromium, with real DuckDB-WASM and the real Parquet files:
 * the numbers shown, the view in the URL (copy, back, forward), the CSV, and the page with
 * JavaScript off.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LIVE, watch } from './watch.ts';

// Each live test starts DuckDB-WASM cold (a few seconds, more on a busy machine).
test.describe.configure({ timeout: 120_000 });

const LECHANG = '440281';
const WUCHUAN = '440883';

const ranking = (page: Page) => page.locator('figure[aria-labelledby="compare-ranking-title"]');
const years = (page: Page) => page.locator('figure[aria-labelledby="compare-years-title"]');

/** The table row of a county (or county·project, named in full), as its cells' text. */
async function rowOf(figure: Locator, name: string): Promise<string[]> {
	const row = figure.locator('tbody tr').filter({
		has: figure.page().locator('th', { hasText: new RegExp(`^${name}$`) })
	});
	await expect(row).toHaveCount(1);
	return (await row.locator('th, td').allInnerTexts()).map((t) => t.replace(/原文/g, '').trim());
}

/** Waits until the page shows the answer to this view ('' = the default view). */
async function shows(page: Page, search: string): Promise<void> {
	const root = page.getByTestId('compare');
	await expect(root).toHaveAttribute('data-view', search, { timeout: LIVE });
	await expect(root).toHaveAttribute('data-status', 'ready', { timeout: LIVE });
	await expect(ranking(page).locator('.state')).toHaveCount(0, { timeout: LIVE });
}

async function hydrated(page: Page): Promise<void> {
	await expect(page.getByTestId('compare')).toHaveAttribute('data-hydrated', 'true');
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the default view (年初预算, 2023, every county) is complete: figures and charts', async ({
		page
	}) => {
		await page.goto('/compare');
		await expect(page.locator('#metric')).toHaveValue('budget_initial');
		await expect(page.locator('#year')).toHaveValue('2023');
		const figure = ranking(page);
		expect(await rowOf(figure, '乐昌市')).toEqual(['乐昌市', '无优劣方向', '371.02万元', '年度数']);
		expect((await rowOf(figure, '吴川市'))[2]).toBe('未报告');
		expect((await rowOf(figure, '新丰县·电子政务外网网络管理（项目）'))[1]).toBe('项目，不排名');
		expect((await rowOf(figure, '新丰县·电子政务外网网络管理（项目）'))[2]).toBe('32万元');
		await expect(figure.locator('.note').first()).toContainText('不代表优劣');
		await expect(figure).toContainText('不相加为部门总额');
		for (const f of [figure, years(page)]) {
			await expect(f.locator('.chart svg')).toBeVisible();
			expect(await f.locator('.chart svg text').count()).toBeGreaterThan(5);
		}
		await expect(figure.locator('.chart svg')).toContainText('371.02万元');
		await expect(figure.locator('.chart svg')).toContainText('吴川市（未报告）');
		await expect(years(page).locator('.chart svg')).toContainText('268.15万元');
	});
});

test('a view in the URL is answered live: 吴川 粤省事 users ≥89.65万, ranked first', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/compare?metric=yss_users');
	await shows(page, '?metric=yss_users');
	await expect(page.locator('#metric')).toHaveValue('yss_users');
	await expect(page.locator('#year')).toHaveValue('2023');
	const figure = ranking(page);
	expect(await rowOf(figure, '吴川市')).toEqual(['吴川市', '第1/2', '≥89.65万人', '时点数']);
	expect(await rowOf(figure, '乐昌市')).toEqual(['乐昌市', '第2/2', '≥40万人', '时点数']);
	expect((await rowOf(figure, '新丰县'))[2]).toBe('未报告');
	await expect(figure).toContainText('按写出的下限排序');
	// The live chart replaced the prerendered one and carries the same figures.
	await expect(figure.locator('.chart svg')).toContainText('≥89.65万人');
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('choosing metric, year and counties writes the URL; back and forward restore each view', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/compare');
	await hydrated(page);
	const figure = ranking(page);
	expect((await rowOf(figure, '乐昌市'))[2]).toBe('371.02万元');

	await page.locator('#metric').selectOption('yzz_transactions');
	await expect(page).toHaveURL(/\/compare\?metric=yzz_transactions$/);
	await shows(page, '?metric=yzz_transactions');
	expect(await rowOf(figure, '乐昌市')).toEqual([
		'乐昌市',
		'口径不同，不排名',
		'累计≥93万笔',
		'累计数'
	]);
	expect((await rowOf(figure, '吴川市'))[1]).toBe('口径不同，不排名');

	await page.locator('#year').selectOption('2022');
	await shows(page, '?metric=yzz_transactions&year=2022');
	expect((await rowOf(figure, '乐昌市')).slice(1, 3)).toEqual(['第1/1', '60万笔']);

	await page.getByRole('checkbox', { name: /吴川市/ }).uncheck();
	const narrowed = `?metric=yzz_transactions&year=2022&counties=440233%2C${LECHANG}`;
	await shows(page, narrowed);
	await expect(figure.locator('tbody tr', { hasText: '吴川市' })).toHaveCount(0);

	await page.goBack();
	await shows(page, '?metric=yzz_transactions&year=2022');
	await expect(page.getByRole('checkbox', { name: /吴川市/ })).toBeChecked();
	await page.goBack();
	await shows(page, '?metric=yzz_transactions');
	await expect(page.locator('#year')).toHaveValue('2023');
	expect((await rowOf(figure, '乐昌市'))[2]).toBe('累计≥93万笔');
	await page.goBack();
	await shows(page, '');
	await expect(page.locator('#metric')).toHaveValue('budget_initial');
	expect((await rowOf(figure, '乐昌市'))[2]).toBe('371.02万元');
	await page.goForward();
	await shows(page, '?metric=yzz_transactions');
	await expect(page.locator('#metric')).toHaveValue('yzz_transactions');
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('粤智助业务量: the page says whose figure is to date, and ranks none of them together', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/compare?metric=yzz_transactions');
	await shows(page, '?metric=yzz_transactions');
	const figure = ranking(page);
	// 2023: both counties state a total to date; the metric is ranked on the year's figure.
	await expect(figure.locator('.note')).toContainText([
		/按年度数排名；乐昌市、吴川市为累计数，与年度数口径不同.*不参与排名。/,
		'本年没有县报告年度数，因此无排名。'
	]);
	for (const county of ['乐昌市', '吴川市']) {
		const row = await rowOf(figure, county);
		expect([row[1], row[3]]).toEqual(['口径不同，不排名', '累计数']);
		expect(row[2]).toMatch(/^累计≥/);
	}
	const chart = figure.locator('.chart svg');
	await expect(chart).toContainText('乐昌市（累计数，不排名）');
	await expect(chart).toContainText('其他口径（不参与排名）');
	await expect(chart).not.toContainText('部门整体');
	expect(await chart.locator('text', { hasText: /第\d+\/\d+/ }).count()).toBe(0);

	// Over the years: 乐昌's 2022 annual and 2023 to-date figures are two lines, not one.
	const trend = years(page);
	await expect(trend.locator('.note').first()).toContainText(
		'乐昌市（2022年）为年度数；乐昌市（2023年）、吴川市为累计数'
	);
	await expect(trend.locator('.note').first()).toContainText('不计算年度变化');
	await expect(trend.locator('.chart svg')).toContainText('乐昌市（年度数）');
	await expect(trend.locator('.chart svg')).toContainText('乐昌市（累计数）');

	// 2022 has 乐昌's annual figure only: that one is ranked.
	await page.locator('#year').selectOption('2022');
	await shows(page, '?metric=yzz_transactions&year=2022');
	expect((await rowOf(figure, '乐昌市')).slice(1)).toEqual(['第1/1', '60万笔', '年度数']);
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('a copied link reopens the same view in a fresh page', async ({ page, browser, baseURL }) => {
	await page.goto('/compare');
	await hydrated(page);
	await page.locator('#metric').selectOption('budget_initial');
	await page.locator('#year').selectOption('2021');
	await shows(page, '?year=2021');
	await page.getByRole('checkbox', { name: /新丰县/ }).uncheck();
	await shows(page, `?year=2021&counties=${LECHANG}%2C${WUCHUAN}`);
	const copied = page.url();

	const context = await browser.newContext({ baseURL });
	const fresh = await context.newPage();
	const seen = watch(fresh, new URL(baseURL!).origin);
	await fresh.goto(copied);
	await shows(fresh, `?year=2021&counties=${LECHANG}%2C${WUCHUAN}`);
	await expect(fresh.locator('#metric')).toHaveValue('budget_initial');
	await expect(fresh.locator('#year')).toHaveValue('2021');
	await expect(fresh.getByRole('checkbox', { name: /新丰县/ })).not.toBeChecked();
	await expect(fresh.getByRole('checkbox', { name: /乐昌市/ })).toBeChecked();
	expect((await rowOf(ranking(fresh), '乐昌市'))[2]).toBe('301.07万元');
	expect((await rowOf(ranking(fresh), '吴川市'))[2]).toBe('未报告');
	await expect(ranking(fresh).locator('tbody tr')).toHaveCount(2);
	expect(seen.errors).toEqual([]);
	await context.close();
});

test('the search box filters the metric list by Chinese or English name', async ({ page }) => {
	await page.goto('/compare');
	await hydrated(page);
	const options = page.locator('#metric option');
	const all = await options.count();
	await page.locator('#metric-search').fill('kiosk');
	await expect(options).not.toHaveCount(all);
	// The chosen metric stays listed; the matches are the kiosk metrics.
	const values = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	expect(values).toContain('budget_initial');
	expect(values).toContain('yzz_kiosks');
	await page.locator('#metric-search').fill('粤省事');
	await expect(page.locator('#metric-matches')).toContainText('找到');
	const listed = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	expect(listed).toContain('yss_users');
	expect(listed).not.toContain('yss_items');
	await page.locator('#metric-search').press('Enter');
	// 粤省事上线事项 is stated only for the city's 韶关专版, so it is not offered.
	await shows(page, '?metric=yss_users');
});

test('the CSV download starts with the BOM and holds the rows shown', async ({ page }) => {
	await page.goto('/compare?metric=yzz_transactions');
	await shows(page, '?metric=yzz_transactions');
	const figure = ranking(page);
	const shown = await figure.locator('tbody tr').count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		figure.getByRole('button', { name: '下载 CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('yzz_transactions-2023.csv');
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.slice(1).trim().split('\r\n');
	expect(lines).toHaveLength(shown + 1);
	expect(lines[0]).toContain('数值（笔）');
	expect(lines.find((l) => l.startsWith('乐昌市'))).toContain('930000,ge,突破 93 万笔');
	expect(lines.find((l) => l.startsWith('吴川市'))).toMatch(/345000,ge,.*cumulative$/);
	expect(lines.find((l) => l.startsWith('新丰县'))).toContain('未报告');
});

test('on a phone the page fits the screen; tables scroll inside their box', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/compare');
	await hydrated(page);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
	await expect(ranking(page).locator('.chart svg')).toBeVisible();
});

test('the metric list opens on metrics two or more chosen counties state that year, each with its count', async ({
	page
}) => {
	await page.goto('/compare');
	await hydrated(page);
	const labels = () =>
		page
			.locator('#metric option')
			.evaluateAll((os) =>
				os.map((o): [string, string] => [(o as HTMLOptionElement).value, o.textContent ?? ''])
			);
	const counted = (text: string) => Number(/（本年 (\d+) 个县报告）$/.exec(text)?.[1]);
	const first = await labels();
	expect(first.length).toBeGreaterThan(0);
	for (const [id, text] of first) expect(counted(text), id).toBeGreaterThanOrEqual(2);
	const every = page.locator('label.every');
	await expect(every).toContainText('也列出本年所选县中不足两个县报告的');
	const n = Number(/(\d+) 个指标/.exec(await every.innerText())?.[1]);
	await every.getByRole('checkbox').check();
	const all = await labels();
	expect(all).toHaveLength(first.length + n);
	expect(all.filter(([, text]) => counted(text) < 2)).toHaveLength(n);
	expect(all.map(([id]) => id)).toContain('yzz_kiosks');
});
