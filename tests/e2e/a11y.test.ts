import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
	'/',
	'/city/440200',
	'/about',
	'/data',
	'/sources/440281-2023',
	'/sources/440233-2023-extranet',
	'/compare',
	'/county/440281',
	'/county/440233',
	'/matrix',
	'/coverage',
	'/brief/440200/2023',
	'/audit',
	'/status'
];

const MODES: Record<string, Record<string, boolean>> = {
	normal: {},
	'larger text': { text: true },
	'high contrast': { contrast: true }
};

for (const [mode, display] of Object.entries(MODES)) {
	test.describe(`${mode} mode`, () => {
		test.beforeEach(async ({ page }) => {
			await page.addInitScript(
				(d) => localStorage.setItem('yardstick.display', JSON.stringify(d)),
				display
			);
		});

		for (const path of PAGES) {
			test(`${path} has no serious or critical axe violations`, async ({ page }) => {
				// axe walks every node; the county profile has thousands on a loaded 2-core machine.
				test.setTimeout(120_000);
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				if (display.text) await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
				if (display.contrast)
					await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze();
				const bad = results.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map(
						(v) =>
							`${v.id}: ${v.nodes
								.map((n) => n.target.join(' '))
								.slice(0, 3)
								.join(' | ')}`
					);
				expect(bad, path).toEqual([]);
			});
		}
	});
}

test('display modes are switchable, remembered and keyboard-operable', async ({ page }) => {
	await page.goto('/about');
	const larger = page.getByRole('button', { name: '大字' });
	await larger.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
	await expect(larger).toHaveAttribute('aria-pressed', 'true');
	const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
	expect(size).toBeGreaterThanOrEqual(19);
	const lineHeight = await page.evaluate(() => {
		const s = getComputedStyle(document.querySelector('main p')!);
		return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
	});
	expect(lineHeight).toBeGreaterThanOrEqual(1.3);
	await page.getByRole('button', { name: '高对比' }).click();
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test('the language switch turns the interface to English and persists', async ({ page }) => {
	await page.goto('/about');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.getByRole('button', { name: '切换到英文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How this site works');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
});

test('a keyboard user can skip to the content and sees where focus is', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '跳到正文' });
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
