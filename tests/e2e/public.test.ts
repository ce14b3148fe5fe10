import { expect, test, type Locator, type Page } from '@playwright/test';

const COUNTIES = ['乐昌市', '新丰县', '吴川市'];

/**
 * 乐昌's 粤智助业务量: 60万笔 for 2022 (the year's) and 突破93万笔 in 2023 (to date) are two
 * series, each named by its basis, never one series with a change between the years.
 */
const YZZ_SERIES = [
	'粤智助业务量（年度数） 2022年 60万笔，2023年 未报告',
	'粤智助业务量（累计数） 2022年 未报告，2023年 累计≥93万笔'
].join('；');

async function lechangKiosks(page: Page): Promise<Locator> {
	const frame = page.locator('#county-440281 figure', {
		has: page.getByRole('heading', { name: '乐昌市 · 粤智助业务量', exact: true })
	});
	await expect(frame).toHaveCount(1);
	await expect(frame.locator('.note')).toContainText('不表示逐年变化');
	await expect(frame.locator('.chart')).toHaveAttribute(
		'aria-label',
		`乐昌市 · 粤智助业务量：${YZZ_SERIES}`
	);
	await expect(frame.locator('thead th')).toHaveText([
		'年度',
		'粤智助业务量（年度数）',
		'粤智助业务量（累计数）'
	]);
	await expect(frame.locator('tbody tr')).toHaveText([
		/^2022\s*60万笔.*未报告$/,
		/^2023\s*未报告\s*累计≥93万笔/
	]);
	return frame;
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page shows every county with its figures and an SVG chart', async ({ page }) => {
		await page.goto('/');
		for (const name of COUNTIES) {
			const section = page.locator('section.county', {
				has: page.getByRole('heading', { level: 2, name })
			});
			await expect(section, name).toHaveCount(1);
			await expect(section.locator('.chart svg').first(), `${name} chart`).toBeVisible();
			expect(
				await section.locator('.chart svg text').count(),
				`${name} chart text`
			).toBeGreaterThan(3);
		}
		const lechang = page.locator('#county-440281');
		await expect(lechang.locator('.glance')).toContainText('371.02万元');
		await expect(lechang.locator('.glance')).toContainText('≥93万笔');
		// Contradictions are shown side by side, never resolved silently.
		await expect(lechang.locator('.glance')).toContainText('92%');
		await expect(lechang.locator('.glance')).toContainText('90%');
		await expect(page.locator('#county-440883 .glance')).toContainText('≥89.65万人');
		await expect(page.locator('#county-440883 .glance')).toContainText('7,324.6万元');
		// 新丰 has only project reports: its project budgets are listed apart, never summed.
		const xinfeng = page.locator('#county-440233');
		await expect(xinfeng).toContainText('不可相加');
		await expect(xinfeng).toContainText('电子政务外网网络管理');
		await expect(xinfeng).toContainText('32万元');
	});

	test('乐昌’s 粤智助 volumes for a year and to date are two series, not a change', async ({
		page
	}) => {
		await page.goto('/');
		const frame = await lechangKiosks(page);
		const legend = frame.locator('.chart svg text');
		await expect(legend.filter({ hasText: '粤智助业务量（年度数）' })).toHaveCount(1);
		await expect(legend.filter({ hasText: '粤智助业务量（累计数）' })).toHaveCount(1);
	});

	test('each city has a public page of its own counties', async ({ page }) => {
		await page.goto('/city/440200');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('韶关市');
		for (const name of ['乐昌市', '新丰县'])
			await expect(page.locator('section.county h2', { hasText: name })).toHaveCount(1);
		await expect(page.locator('section.county')).toHaveCount(2);
		await expect(page.locator('#county-440281 .glance')).toContainText('371.02万元');
		await expect(page.locator('#county-440281 .chart svg').first()).toBeVisible();
		// Notes on a city page point into the same source pages as the home page's.
		const note = page.locator('#county-440281 .glance sup a').first();
		await expect(note).toHaveAttribute('href', /^#/);
		expect(await page.locator('a[href*="/sources/440281-2023#f"]').count()).toBeGreaterThan(0);
		expect((await page.request.get('/city/440800')).status()).toBe(200);
	});

	test('a footnote link reaches the highlighted sentence in the source report', async ({
		page
	}) => {
		await page.goto('/');
		const figure = page.locator('#county-440281 .glance div', { hasText: '年初预算' });
		const mark = figure.locator('sup a').first();
		const noteId = (await mark.evaluate((a) => (a as HTMLAnchorElement).hash)).slice(1);
		const note = page.locator(`[id="${noteId}"]`);
		await expect(note).toContainText('3,710,164');
		const sourceLink = note.locator('a').first();
		const href = await sourceLink.evaluate(
			(a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash
		);
		expect(href).toMatch(/^\/sources\/440281-2023#f\d+$/);
		await page.goto(href);
		const anchor = href.split('#')[1]!;
		const quoted = page.locator(`mark[data-quotes~="${anchor}"]`);
		await expect(quoted.first()).toBeVisible();
		const text = (await quoted.allTextContents()).join('');
		expect(text.replace(/\s/g, '')).toContain('3,710,164');
		await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
	});

	test('every source page highlights each quote of its report', async ({ page, request }) => {
		const manifest = await (await request.get('/data/manifest.json')).json();
		expect(manifest.counts.reports).toBeGreaterThan(0);
		await page.goto('/');
		const links = await page
			.locator('a[href*="sources/"]')
			.evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))].sort());
		expect(links.length).toBe(manifest.counts.reports);
		for (const path of links) {
			await page.goto(path);
			expect(await page.locator('mark').count(), path).toBeGreaterThan(0);
		}
	});
});

test('with JavaScript, a chart becomes live on hover and shows a tooltip with the quote', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/');
	const chart = page.locator('#county-440281 .chart').first();
	await chart.scrollIntoViewIfNeeded();
	await chart.hover({ position: { x: 300, y: 200 } });
	await expect(chart.locator('svg')).toHaveCount(1);
	await page.mouse.move(0, 0);
	const box = (await chart.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6);
	await expect(
		page.locator('#county-440281 .chart div').filter({ hasText: '年初预算' }).first()
	).toBeVisible();
	expect(errors).toEqual([]);
});

test('with JavaScript, the live chart keeps 乐昌’s two 粤智助 bases apart', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/');
	await lechangKiosks(page);
	const frame = page.locator(
		'#county-440281 figure[aria-labelledby="trend-440281-yzz_transactions-title"]'
	);
	const chart = frame.locator('.chart');
	await chart.scrollIntoViewIfNeeded();
	const described = (await chart.getAttribute('aria-label'))!;
	expect(described).toMatch(/^乐昌市 · 粤智助业务量：/);
	await chart.hover();
	await expect(chart).toHaveAttribute('data-live', 'true');
	// The live chart keeps the page's description (ECharts would write its own over it).
	await expect(chart).toHaveAttribute('aria-label', described);
	// The live chart is drawn in the browser from the same series.
	const legend = chart.locator('svg text');
	await expect(legend.filter({ hasText: '粤智助业务量（年度数）' })).toHaveCount(1);
	await expect(legend.filter({ hasText: '粤智助业务量（累计数）' })).toHaveCount(1);
	// In English the series are named again in the browser: still two, one per basis.
	await page.getByRole('button', { name: '切换到英文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const names = ['Yuezhizhu transactions (annual)', 'Yuezhizhu transactions (cumulative)'];
	for (const name of names) await expect(legend.filter({ hasText: name })).toHaveCount(1);
	await expect(frame.locator('thead th')).toHaveText(['Year', ...names]);
	await expect(frame.locator('h3')).toHaveText('乐昌市 · Yuezhizhu transactions');
	await expect(chart).toHaveAttribute('aria-label', /^乐昌市 · Yuezhizhu transactions：/);
	expect(await chart.getAttribute('aria-label')).not.toMatch(/NaN|这是/);
	expect(errors).toEqual([]);
});

// The build fails when a public page's chunks can reach the engine (vite.config.ts); this
// checks what the browser actually fetched once the page is interactive and quiet.
test('the public page never loads the query engine', async ({ page }) => {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	await page.goto('/');
	const chart = page.locator('#county-440281 .chart').first();
	await chart.hover();
	await expect(chart).toHaveAttribute('data-live', 'true');
	await page.waitForLoadState('networkidle');
	expect(urls.filter((u) => /duckdb|\.wasm|\.parquet|parquet\.worker/.test(u))).toEqual([]);
});

test('print: no navigation, charts and tables fit the page width', async ({ page }) => {
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.goto('/');
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.locator('nav.tiles')).toBeHidden();
	const overflow = await page.evaluate(() =>
		[...document.querySelectorAll('figure, table, .chart')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
			.map((el) => el.className || el.tagName)
	);
	expect(overflow).toEqual([]);
	await page.screenshot({ path: 'test-results/print-home.png', fullPage: true });
});
