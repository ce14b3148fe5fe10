/**
 * The audit page on the built site: every finding of the first area prerendered (here 广东,
 * so every finding; also without JavaScript),
 * filters answered by DuckDB-WASM with their state in the URL, and the CSV of the rows shown.
 */
import { expect, test, type Page } from '@playwright/test';
import { LIVE, watch } from './watch.ts';
import { parseCsv } from '../../src/lib/export/csv.ts';

const rows = (page: Page) => page.locator('.findings tbody tr');
const select = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function totalFindings(page: Page): Promise<number> {
	const res = await page.request.get('/data/manifest.json');
	const counts = (await res.json()).counts.findings as Record<string, number>;
	return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** The 一窗综合受理率 contradiction: 92% in one sentence, 90% in another, both shown. */
async function expectOneWindowContradiction(page: Page) {
	const row = rows(page).filter({ hasText: '一窗综合受理率' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('警告');
	await expect(row).toContainText('conflicting-levels');
	await expect(row.locator('li', { hasText: '一窗综合受理率「92%」' })).toHaveCount(1);
	await expect(row.locator('li', { hasText: '一窗综合受理率「90%」' })).toHaveCount(1);
	const links = row.locator('a[href*="sources/440281-2023#f"]');
	await expect(links).toHaveCount(2);
}

test('the area narrows the findings to one city, and the county list with it', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/audit');
	const total = await totalFindings(page);
	await expect(rows(page)).toHaveCount(total);
	await expect(select(page, '范围')).toBeEnabled();
	await select(page, '范围').selectOption('440800');
	await expect(page).toHaveURL(/\/audit\?place=440800$/);
	await expect(page.getByTestId('shown-count')).toContainText('显示 1 条', { timeout: LIVE });
	await expect(rows(page)).toHaveCount(1);
	await expect(rows(page).first().locator('th')).toContainText('吴川市');
	const counties = await select(page, '县（市、区）').locator('option').allTextContents();
	expect(counties).toEqual(['全部', '吴川市']);
	await page.getByRole('button', { name: '显示全部' }).click();
	await expect(page).toHaveURL(/\/audit$/);
	await expect(rows(page)).toHaveCount(total);
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('every finding is listed, with its rule and its quotes', async ({ page }) => {
		await page.goto('/audit');
		const total = await totalFindings(page);
		await expect(rows(page)).toHaveCount(total);
		await expect(page.getByTestId('shown-count')).toContainText(`显示 ${total} 条`);
		await expectOneWindowContradiction(page);
		// The rule's description (CHECKS) beside its id.
		await expect(rows(page).filter({ hasText: 'points-over-max' }).first()).toContainText(
			'指标自评得分高于该指标分值'
		);
		// The filters say they need JavaScript instead of pretending to work.
		for (const label of ['县（市、区）', '报告年度', '规则', '严重程度'])
			await expect(select(page, label)).toBeDisabled();
		await expect(page.locator('main')).toContainText('筛选需要 JavaScript');
	});

	test('a quote link reaches the highlighted sentence', async ({ page }) => {
		await page.goto('/audit');
		const link = rows(page)
			.filter({ hasText: '一窗综合受理率' })
			.locator('li', { hasText: '「90%」' })
			.getByRole('link');
		const href = await link.evaluate(
			(a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash
		);
		await page.goto(href);
		const anchor = href.split('#')[1]!;
		const text = (await page.locator(`mark[data-quotes~="${anchor}"]`).allTextContents()).join('');
		expect(text).toContain('90%');
	});
});

test('filters change the rows, live in the URL, and survive copy, back and forward', async ({
	page,
	baseURL
}) => {
	// Several live answers and a second cold start of the engine (the copied URL).
	test.setTimeout(120_000);
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/audit');
	const total = await totalFindings(page);
	await expect(rows(page)).toHaveCount(total);
	await expect(select(page, '县（市、区）')).toBeEnabled();

	await select(page, '县（市、区）').selectOption('440281');
	await expect(page).toHaveURL(/\/audit\?county=440281$/);
	await expect(rows(page).first()).toBeVisible({ timeout: LIVE });
	const lechang = await rows(page).count();
	expect(lechang).toBeLessThan(total);
	for (const text of await rows(page).locator('th').allTextContents())
		expect(text).toContain('乐昌市');

	await select(page, '报告年度').selectOption('2023');
	await expect(page).toHaveURL(/\/audit\?county=440281&year=2023$/);
	await expect(page.getByTestId('shown-count')).toContainText('显示 6 条');
	await expectOneWindowContradiction(page);

	await select(page, '严重程度').selectOption('warning');
	await expect(page).toHaveURL(/\/audit\?county=440281&year=2023&severity=warning$/);
	await expect(page.getByTestId('shown-count')).toContainText('显示 4 条');
	await expect(rows(page)).toHaveCount(4);
	await expect(page.locator('.severities [data-severity="error"]')).toContainText('0');
	await expect(page.locator('.severities [data-severity="warning"]')).toContainText('4');
	await expect(page.locator('.rules [data-check="conflicting-levels"]')).toContainText('2');

	// A copied URL reopens the same filtered view.
	const copy = await page.context().newPage();
	await copy.goto(page.url());
	await expect(copy.getByTestId('shown-count')).toContainText('显示 4 条', { timeout: LIVE });
	await expect(select(copy, '县（市、区）')).toHaveValue('440281');
	await expect(select(copy, '报告年度')).toHaveValue('2023');
	await expect(select(copy, '严重程度')).toHaveValue('warning');
	await expectOneWindowContradiction(copy);
	await copy.close();

	await page.goBack();
	await expect(page).toHaveURL(/\/audit\?county=440281&year=2023$/);
	await expect(page.getByTestId('shown-count')).toContainText('显示 6 条');
	await expect(select(page, '严重程度')).toHaveValue('');
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(/\/audit$/);
	await expect(rows(page)).toHaveCount(total);
	await page.goForward();
	await expect(page).toHaveURL(/\/audit\?county=440281$/);
	await expect(rows(page)).toHaveCount(lechang);

	// A rule filter: only that rule's findings.
	await select(page, '规则').selectOption('points-over-max');
	await expect(page).toHaveURL(/\/audit\?county=440281&check=points-over-max$/);
	await expect(rows(page)).toHaveCount(2);
	await page.getByRole('button', { name: '显示全部' }).click();
	await expect(page).toHaveURL(/\/audit$/);
	await expect(rows(page)).toHaveCount(total);

	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('the CSV holds the BOM and exactly the rows shown', async ({ page }) => {
	// A live answer from a cold engine, as in the tests above.
	test.setTimeout(120_000);
	await page.goto('/audit?county=440281&year=2023');
	await expect(page.getByTestId('shown-count')).toContainText('显示 6 条', { timeout: LIVE });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: '下载 CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('审核发现-440281-2023.csv');
	const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const [header, ...body] = parseCsv(csv);
	expect(header).toContain('check_id');
	expect(body).toHaveLength(6);
	const shown = await rows(page).locator('td:nth-child(3) code').allTextContents();
	expect(body.map((r) => r[header!.indexOf('check_id')])).toEqual(shown);
	const oneWindow = body.find((r) => r[header!.indexOf('message')]!.includes('一窗综合受理率'))!;
	const quotes = oneWindow[header!.indexOf('涉及的原文')]!;
	expect(quotes).toContain('92%');
	expect(quotes).toContain('90%');
});
