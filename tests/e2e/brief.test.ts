/**
 * /brief/<city>/<year> on the built site, with JavaScript off (it needs none): both counties
 * side by side, computed figures with their formula and both quotes, findings, coverage,
 * charts, sources; printed on A4 it takes at most two pages with nothing cut off.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const PATH = '/brief/440200/2023';
const LECHANG = '440281';
const XINFENG = '440233';

async function expectComplete(page: Page): Promise<void> {
	const brief = page.getByTestId('brief');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/韶关市 2023年/);
	const heads = brief.locator('table.figures thead th');
	await expect(heads).toHaveText(['指标', '新丰县', '乐昌市']);
	// Side by side: every comparable row has a cell for each county, ranks in words.
	const rows = brief.locator('table.figures tr[data-metric]');
	expect(await rows.count()).toBeGreaterThan(0);
	for (const c of [LECHANG, XINFENG])
		await expect(brief.locator(`table.figures td[data-county="${c}"]`)).toHaveCount(
			await rows.count()
		);
	await expect(brief.locator('table.figures')).toContainText(/第1\/2/);
	// Findings per county, coverage per county, charts drawn at build time, sources numbered.
	await expect(brief.locator('table.counts tr[data-county]')).toHaveCount(4);
	await expect(brief.locator('section.left-out')).toHaveCount(2);
	expect(await brief.locator('.charts svg').count()).toBeGreaterThanOrEqual(1);
	expect(await brief.locator('.sources li').count()).toBeGreaterThanOrEqual(2);
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the briefing is complete in the HTML', async ({ page }) => {
		await page.goto(PATH);
		await expectComplete(page);
	});

	test('a computed ratio shows its formula, its figures and both quotes, marked 计算值', async ({
		page
	}) => {
		await page.goto(PATH);
		const row = page.locator(
			`table.derived tr[data-rule="budget-execution"][data-county="${LECHANG}"]`
		);
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('预算执行率');
		await expect(row).toContainText('计算值');
		await expect(row.locator('.formula')).toHaveText('支出决算 ÷ 年初预算 × 100%');
		// 3,743,016.45 元 ÷ 3,710,164 元, both as the reports state them.
		await expect(row.locator('.numbers')).toHaveText('374.3万元 ÷ 371.02万元 × 100% = 100.89%');
		const quotes = row.locator('q');
		await expect(quotes).toHaveCount(2);
		for (const q of await quotes.allInnerTexts()) expect(q.length).toBeGreaterThan(5);
		// Each quote links to its sentence in the report.
		await expect(row.locator('a').first()).toHaveAttribute('href', /\/sources\/440281-2023#f\d+$/);
		// Per project for 新丰: its own spending over its own budget, never the department's.
		const projects = page.locator(
			`table.derived tr[data-rule="budget-execution"][data-county="${XINFENG}"]`
		);
		await expect(projects).toHaveCount(3);
		await expect(projects.locator('th').first()).toContainText('新丰县 · ');
		// 乐昌's 2023 粤智助 transactions are stated as ≥93万笔 to date: not divided, and the
		// refusal says why (a cumulative figure, and a qualified one, is never a divisor's peer).
		const refused = page.locator(`ul.refused li[data-rule="per-kiosk"]`, { hasText: '乐昌市' });
		await expect(refused).toHaveCount(1);
		expect(['basis', 'qualified']).toContain(await refused.getAttribute('data-reason'));
	});

	test('it is linked from the city page', async ({ page }) => {
		await page.goto('/city/440200');
		await page.getByRole('link', { name: '韶关市 2023年 一页简报' }).click();
		await expect(page).toHaveURL(new RegExp(`${PATH}$`));
	});
});

/** Every briefing the build wrote, as paths. */
const BRIEFS = readdirSync('build/brief').flatMap((city) =>
	readdirSync(join('build/brief', city))
		.filter((f) => /^\d{4}\.html$/.test(f))
		.map((f) => `/brief/${city}/${f.slice(0, 4)}`)
);

test('every briefing prints on at most two A4 pages, nothing cut off', async ({ page }) => {
	expect(BRIEFS).toContain(PATH);
	for (const path of BRIEFS) {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site')).toBeHidden();
		// Nothing wider than an A4 page's printable width (210 mm − 2 × 12 mm ≈ 703 px).
		await page.setViewportSize({ width: 703, height: 1000 });
		const overflow = await page.evaluate(() => {
			const limit = document.documentElement.clientWidth;
			return [...document.querySelectorAll('.brief *')]
				.filter((el) => el.getBoundingClientRect().right > limit + 1)
				.map((el) => `${el.tagName}.${el.className}`);
		});
		expect(overflow, path).toEqual([]);
		const shot = await page.screenshot({ fullPage: true });
		expect(shot.length, path).toBeGreaterThan(10_000);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length, path).toBeGreaterThanOrEqual(1);
		expect(pages.length, path).toBeLessThanOrEqual(2);
	}
});

test('the coverage page links to the briefing of its cities', async ({ page }) => {
	await page.goto('/coverage');
	await expect(page.getByRole('link', { name: '韶关市 2023年 一页简报' })).toHaveAttribute(
		'href',
		PATH
	);
});
