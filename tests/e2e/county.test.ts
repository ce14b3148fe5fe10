/**
 * The county profile on the built site: the prerendered figures and charts (also without
 * JavaScript), the year switch answered by DuckDB-WASM with its state in the URL, and the
 * links from every figure to its sentence.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LIVE, watch } from './watch.ts';
import { parseCsv } from '../../src/lib/export/csv.ts';

/** A link's target as an absolute path (the built site writes relative hrefs). */
const pathOf = (link: Locator) =>
	link.evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash);

const headline = (page: Page, metric: string) =>
	page.locator(`.headlines [data-metric="${metric}"]`);
const indicatorFrame = (page: Page) =>
	page.locator('section[aria-labelledby="indicators-title"] figure');

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('乐昌 shows its figures, changes, charts, breakdown and findings', async ({ page }) => {
		await page.goto('/county/440281');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('乐昌市');

		const budget = headline(page, 'budget_initial');
		await expect(budget.locator('.value')).toHaveText(/371\.02万元/);
		await expect(budget).toContainText('2022年：349.2万元');
		// (3,710,164 − 3,491,995) ÷ 3,491,995 = 6.248%.
		await expect(budget.getByTestId('change')).toContainText('+6.25%');
		await expect(page.locator('.formula')).toContainText('(本年 − 上年) ÷ 上年');
		// 93万笔 to date beside 2022's 60万笔 for the year: shown, no change computed.
		const kiosk = headline(page, 'yzz_transactions');
		await expect(kiosk.locator('.value')).toHaveText(/累计≥93万笔/);
		await expect(kiosk).toContainText('2022年：60万笔');
		await expect(kiosk).toContainText('不计算变化');
		await expect(kiosk.getByTestId('change')).toHaveCount(0);
		// A contradiction stays side by side.
		const window = headline(page, 'one_window_rate');
		await expect(window.locator('.value')).toContainText('92%');
		await expect(window.locator('.value')).toContainText('90%');
		await expect(window.getByTestId('change')).toHaveCount(0);

		// Charts are there as SVG: budget, scores, the indicator breakdown, service metrics.
		for (const title of [
			'乐昌市 · 预算与支出',
			'乐昌市 · 自评得分与上级考核得分',
			'乐昌市 · 粤智助自助机'
		]) {
			const frame = page.locator('figure', { has: page.getByRole('heading', { name: title }) });
			await expect(frame.locator('.chart svg'), title).toBeVisible();
		}
		// 粤智助业务量 has one year per basis: no chart joins them.
		await expect(page.getByRole('heading', { name: /^乐昌市 · 粤智助业务量/ })).toHaveCount(0);
		const breakdown = indicatorFrame(page);
		await expect(breakdown.getByRole('heading')).toContainText('2023年度指标得分明细');
		await expect(breakdown.locator('.chart svg')).toBeVisible();
		await expect(
			breakdown.locator('.chart svg text', { hasText: '5 / 3分 ⚠超出分值' })
		).toHaveCount(1);
		await expect(breakdown.getByRole('note')).toContainText('部门预算资金支出率');

		// Findings with their quotes, linked to the source.
		const finding = page.locator('.findings > li', { hasText: '一窗综合受理率' });
		await expect(finding).toContainText('警告');
		await expect(finding.locator('q')).toHaveCount(2);
		await expect(finding.locator('a[href*="sources/440281-2023#f"]')).toHaveCount(2);

		// Every report links to its source.
		const reports = page.locator('section[aria-labelledby="reports-title"] a');
		const targets = await Promise.all((await reports.all()).map(pathOf));
		expect(targets).toEqual([2021, 2022, 2023].map((y) => `/sources/440281-${y}`));
	});

	test('a headline figure links to its note and the note to the sentence', async ({ page }) => {
		await page.goto('/county/440281');
		const mark = headline(page, 'budget_initial').locator('.value sup a').first();
		const id = (await mark.getAttribute('href'))!.slice(1);
		const note = page.locator(`[id="${id}"]`);
		await expect(note).toContainText('3,710,164');
		const href = await pathOf(note.locator('a').first());
		expect(href).toMatch(/^\/sources\/440281-2023#f\d+$/);
		await page.goto(href);
		await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
	});

	test('新丰 lists each project apart and never sums them', async ({ page }) => {
		await page.goto('/county/440233');
		// Department figures it states (全流程网办率) are shown; no department budget.
		await expect(headline(page, 'budget_initial')).toHaveCount(0);
		await expect(headline(page, 'full_online_rate').locator('.value')).toContainText('81.48%');
		await expect(page.locator('main')).toContainText('不可相加');
		const projects = page.locator('table', {
			has: page.locator('caption', { hasText: '各项目预算与支出（各自独立' })
		});
		for (const name of ['政务服务建设推广', '政务系统管理', '电子政务外网网络管理'])
			await expect(projects.getByRole('rowheader', { name })).toHaveCount(1);
		await expect(projects).toContainText('32万元');
		// 32万 + 3万 + 11万 would be 46万元: no such total anywhere.
		await expect(page.locator('main')).not.toContainText('46万元');
		const chart = page.locator('figure', { hasText: '各项目预算与支出（分项目，不可相加）' });
		await expect(chart.locator('.chart svg')).toBeVisible();
	});

	test('the home page links every county to its profile', async ({ page }) => {
		await page.goto('/');
		for (const code of ['440281', '440233', '440883'])
			expect(await pathOf(page.locator(`#county-${code} .profile-link a`))).toBe(`/county/${code}`);
	});
});

test('with JavaScript, in either language, 乐昌’s 粤智助 to date gets no change from 2022', async ({
	page
}) => {
	await page.goto('/county/440281');
	const kiosk = headline(page, 'yzz_transactions');
	const budget = headline(page, 'budget_initial');
	await expect(kiosk.locator('.value')).toHaveText(/累计≥93万笔/);
	await expect(kiosk).toContainText('2022年：60万笔');
	await expect(kiosk.getByTestId('change')).toHaveCount(0);
	// Drawn again in the browser, in English: still no change, where the budget has one.
	await page.getByRole('button', { name: '切换到英文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(kiosk).toContainText('no change computed');
	await expect(kiosk.getByTestId('change')).toHaveCount(0);
	await expect(budget.getByTestId('change')).toContainText('+6.25%');
	await expect(page.getByRole('heading', { name: /Yuezhizhu transactions/ })).toHaveCount(0);
});

test('the year switch answers with live queries and lives in the URL', async ({
	page,
	baseURL
}) => {
	// Several live answers and a second cold start of the engine (the copied URL).
	test.setTimeout(120_000);
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/county/440281');
	const frame = indicatorFrame(page);
	const y2022 = page.getByRole('radio', { name: '2022年' });
	await expect(y2022).toBeEnabled();
	await y2022.check();
	await expect(page).toHaveURL(/\/county\/440281\?year=2022$/);
	await expect(frame.getByRole('heading')).toContainText('2022年度指标得分明细', {
		timeout: LIVE
	});
	// 2022's 部门预算资金支出率 was scored 4.2 of 3: the live chart and its table say so.
	await expect(frame.locator('.chart svg text', { hasText: '4.2 / 3分 ⚠超出分值' })).toHaveCount(
		1,
		{
			timeout: LIVE
		}
	);
	await frame.locator('summary').click();
	const row = frame.getByRole('row', { name: /部门预算资金支出率/ });
	await expect(row).toContainText('4.2分');
	expect(await pathOf(row.getByRole('link', { name: /原文/ }))).toBe('/sources/440281-2022#s8');

	// A copied URL reopens the same view.
	const copy = await page.context().newPage();
	await copy.goto(page.url());
	await expect(indicatorFrame(copy).getByRole('heading')).toContainText('2022年度指标得分明细', {
		timeout: LIVE
	});
	await expect(copy.getByRole('radio', { name: '2022年' })).toBeChecked();
	await copy.close();

	await page.goBack();
	await expect(page).toHaveURL(/\/county\/440281$/);
	await expect(frame.getByRole('heading')).toContainText('2023年度指标得分明细');
	await expect(page.getByRole('radio', { name: '2023年' })).toBeChecked();
	await page.goForward();
	await expect(frame.getByRole('heading')).toContainText('2022年度指标得分明细', {
		timeout: LIVE
	});

	// The chooser reaches another county's profile.
	await page
		.getByRole('navigation', { name: '选择县（市、区）' })
		.getByRole('link', { name: '吴川市' })
		.click();
	await expect(page).toHaveURL(/\/county\/440883$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('吴川市');
	await expect(headline(page, 'expenditure_final').locator('.value')).toContainText('7,324.6万元');

	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('a table downloads as CSV with a BOM and exactly its rows', async ({ page }) => {
	await page.goto('/county/440281');
	const table = page.locator('table', {
		has: page.locator('caption', { hasText: '其他政务服务数据' })
	});
	// Once live a long table draws the rows in view: every row is asked for, to count them.
	await table.getByRole('button', { name: /一次显示全部 \d+ 行/ }).click();
	const shown = await table.locator('tbody tr[data-row]').count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		table.getByRole('button', { name: '下载 CSV' }).click()
	]);
	const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const rows = parseCsv(csv);
	expect(rows.length).toBe(shown + 1);
	// A part is its own row, never merged with the whole or another part.
	expect(rows.find((r) => r[0] === '网上办件量（其中：企业开办）')?.join(',')).toContain('1165');
	expect(rows.find((r) => r[0] === '网上办件量（其中：商事登记）')?.join(',')).toContain('1885');
	expect(rows.find((r) => r[0] === '网上办件量')).toBeUndefined();
});
