/**
 * /matrix's long single-county list once live (seed scale: more than 40 rows): only the
 * rows in view are drawn, yet every row a reader scrolls to is there, numbered for
 * assistive technology; print and "show all rows" draw them all; the prerendered page
 * holds every row.
 */
import { expect, test, type Browser } from '@playwright/test';
import { frames } from './watch.ts';

test.describe.configure({ timeout: 120_000 });

/** The metric rows of the single-county table as the prerendered page holds them. */
async function prerenderedRows(browser: Browser, baseURL: string): Promise<string[]> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/matrix`);
		return await page
			.locator('details.single tr[data-metric]')
			.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-metric')!));
	} finally {
		await context.close();
	}
}

test('a long matrix draws the rows in view, and every row a reader scrolls to', async ({
	page,
	browser,
	baseURL
}) => {
	const all = await prerenderedRows(browser, baseURL!);
	expect(all.length).toBeGreaterThanOrEqual(40);
	await page.goto('/matrix');
	await expect(page.getByTestId('matrix')).toHaveAttribute('data-hydrated', 'true');
	const single = page.locator('details.single');
	await single.locator('summary').click();
	const table = single.locator('table.matrix');
	const rows = table.locator('tbody tr[data-row]');
	await expect(rows.first()).toBeVisible();
	const bodyRows = await table.getAttribute('aria-rowcount');
	expect(Number(bodyRows)).toBeGreaterThan(all.length);
	expect(await rows.count()).toBeLessThan(all.length);

	await table.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY));
	const seen = new Set<string>();
	for (let step = 0; step < 200; step++) {
		await frames(page);
		const view = await table.evaluate((el: HTMLTableElement) => {
			const body = el.tHead!.getBoundingClientRect().bottom;
			const end = el.getBoundingClientRect().bottom;
			const inView = [...el.querySelectorAll<HTMLElement>('tr[data-row]')].filter((r) => {
				const b = r.getBoundingClientRect();
				return b.bottom > 0 && b.top < innerHeight;
			});
			const boxes = inView.map((r) => r.getBoundingClientRect());
			return {
				// The part of the viewport the table's rows occupy, and what the drawn rows cover.
				need: [Math.max(0, body), Math.min(innerHeight, end)],
				cover: [Math.min(...boxes.map((b) => b.top)), Math.max(...boxes.map((b) => b.bottom))],
				rowsInView: end > 0 && body < innerHeight,
				drawn: inView.map((r) => r.dataset.metric ?? ''),
				indexes: inView.map((r) => Number(r.getAttribute('aria-rowindex'))),
				done: end <= innerHeight || innerHeight + scrollY >= document.body.scrollHeight
			};
		});
		// Never a blank stretch where rows should be: the drawn rows fill the viewport's part.
		if (view.rowsInView) {
			expect(view.cover[0], `step ${step}`).toBeLessThanOrEqual(view.need[0]! + 1);
			expect(view.cover[1], `step ${step}`).toBeGreaterThanOrEqual(view.need[1]! - 1);
		}
		for (const i of view.indexes) expect(i).toBeGreaterThan(1);
		for (const id of view.drawn) if (id) seen.add(id);
		if (view.done) break;
		await page.mouse.wheel(0, 500);
	}
	expect([...seen].sort()).toEqual([...all].sort());
});

test('printing, or asking for every row, draws the whole matrix', async ({
	page,
	browser,
	baseURL
}) => {
	const all = await prerenderedRows(browser, baseURL!);
	await page.goto('/matrix');
	await expect(page.getByTestId('matrix')).toHaveAttribute('data-hydrated', 'true');
	const single = page.locator('details.single');
	await single.locator('summary').click();
	const rows = single.locator('tr[data-metric]');
	await expect(rows.first()).toBeVisible();
	expect(await rows.count()).toBeLessThan(all.length);
	await page.emulateMedia({ media: 'print' });
	await expect(rows).toHaveCount(all.length);
	await page.emulateMedia({ media: 'screen' });
	await expect.poll(() => rows.count()).toBeLessThan(all.length);
	const everyRow = single.getByRole('button', { name: /一次显示全部 \d+ 行/ });
	await everyRow.click();
	await expect(everyRow).toHaveAttribute('aria-pressed', 'true');
	await expect(rows).toHaveCount(all.length);
});
