/**
 * /coverage on the built site, in Chromium, with real DuckDB-WASM and the real Parquet files:
 * per county the stated / qualified / project-only / not-stated counts (each the count of its
 * column in the table), the left-out list and its CSV, the view in the URL, JavaScript off.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LIVE, watch } from './watch.ts';

test.describe.configure({ timeout: 120_000 });

const LECHANG = '440281';
const XINFENG = '440233';
const WUCHUAN = '440883';
const STATUSES = ['stated', 'qualified', 'project', 'missing'];

async function shows(page: Page, search: string): Promise<void> {
	const root = page.getByTestId('coverage');
	await expect(root).toHaveAttribute('data-view', search, { timeout: LIVE });
	await expect(root).toHaveAttribute('data-status', 'ready', { timeout: LIVE });
}

/** A county's counts as the summary says them, checked against its column in the table. */
async function countsOf(page: Page, county: string): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const s of STATUSES) {
		const said = await page
			.locator(`table.counts tr[data-county="${county}"] td[data-status="${s}"]`)
			.innerText();
		const cells = await page
			.locator(`table.coverage td[data-county="${county}"][data-status="${s}"]`)
			.count();
		expect(Number(said), `${county} ${s}`).toBe(cells);
		out[s] = cells;
	}
	const listed = await page.locator(`section.left-out[data-county="${county}"] li`).count();
	expect(listed, `${county} left out`).toBe(out.missing);
	return out;
}

/** 韶关市's two counties, 2023: stated and not-stated counts that add up to every row. */
async function expectShaoguan(page: Page, columns: number): Promise<void> {
	await expect(page.locator('table.counts')).toContainText('乐昌市');
	await expect(page.locator('table.counts')).toContainText('新丰县');
	await expect(page.locator('table.coverage caption')).toContainText('2023年');
	const rows = await page.locator('table.coverage tr[data-metric]').count();
	expect(rows).toBeGreaterThan(10);
	await expect(page.locator('table.coverage thead th[scope=col]:not(.corner)')).toHaveCount(
		columns
	);
	for (const c of [LECHANG, XINFENG]) {
		const n = await countsOf(page, c);
		expect(n.stated! + n.qualified! + n.project! + n.missing!).toBe(rows);
		expect(n.stated).toBeGreaterThan(0);
		expect(n.missing).toBeGreaterThan(0);
	}
	// What the reports say: 乐昌's 粤智助 transactions only as ≥93万笔, 新丰's budget only per project.
	const cell = (m: string, c: string) =>
		page.locator(`table.coverage tr[data-metric="${m}"] td[data-county="${c}"]`);
	await expect(cell('yzz_transactions', LECHANG)).toHaveText('仅限定值');
	await expect(cell('budget_initial', XINFENG)).toHaveText('仅项目数字');
	await expect(cell('budget_initial', LECHANG)).toHaveText('已报告');
	await expect(page.locator('tr.group th').first()).toHaveText('预算与支出');
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the default area and latest year are complete in the HTML', async ({ page }) => {
		await page.goto('/coverage');
		await expectShaoguan(page, 3);
		await countsOf(page, WUCHUAN);
		await expect(page.getByRole('button', { name: '下载 CSV' })).toHaveCount(0);
	});
});

test('韶关市 2023 live: the view in the URL, the counts, the left-out CSV', async ({
	page,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/coverage');
	await expect(page.getByTestId('coverage')).toHaveAttribute('data-hydrated', 'true');
	await page.locator('#coverage-place').selectOption('440200');
	await expect(page).toHaveURL(/\/coverage\?place=440200$/);
	await shows(page, '?place=440200');
	await expectShaoguan(page, 2);
	await expect(page.locator('table.coverage thead')).not.toContainText('吴川市');

	const section = page.locator(`section.left-out[data-county="${XINFENG}"]`);
	const listed = await section.locator('li').allInnerTexts();
	const download = page.waitForEvent('download');
	await section.getByRole('button', { name: '下载 CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('缺报清单-新丰县-2023.csv');
	const text = await readFile((await file.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.slice(1).trim().split('\r\n');
	expect(lines[0]).toContain('报告该指标的县数');
	expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(listed);

	await page.locator('#coverage-year').selectOption('2022');
	await expect(page).toHaveURL(/\/coverage\?year=2022&place=440200$/);
	await shows(page, '?year=2022&place=440200');
	// 2022: only 乐昌 reported, so 新丰 leaves out every row and 乐昌 nothing.
	const rows = await page.locator('table.coverage tr[data-metric]').count();
	expect((await countsOf(page, XINFENG)).missing).toBe(rows);
	expect((await countsOf(page, LECHANG)).missing).toBe(0);
	await expect(page.locator(`section.left-out[data-county="${LECHANG}"]`)).toContainText(
		'没有缺报'
	);

	await page.goBack();
	await shows(page, '?place=440200');
	await expect(page.locator('#coverage-year')).toHaveValue('2023');
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('printing one county’s list prints that list alone', async ({ page }) => {
	await page.goto('/coverage');
	await expect(page.getByTestId('coverage')).toHaveAttribute('data-hydrated', 'true');
	// window.print blocks headless Chromium's page; record the call and print with emulation.
	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
	});
	const section = page.locator(`section.left-out[data-county="${XINFENG}"]`);
	await section.getByRole('button', { name: '打印清单' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
	await expect(page.locator('html')).toHaveAttribute('data-printing', XINFENG);
	await page.emulateMedia({ media: 'print' });
	await expect(section.locator('h3')).toBeVisible();
	await expect(page.locator('table.coverage')).toBeHidden();
	await expect(page.locator(`section.left-out[data-county="${LECHANG}"]`)).toBeHidden();
});
