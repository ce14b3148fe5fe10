/**
 * Word and Excel reports go through the workbench as the extractor reads them: a 自评表
 * saved as .xlsx (青神县, a county not yet listed) is drafted, reviewed and marked, its
 * original bytes kept under data/sources/ and its text verified by the data build; a
 * report saved as .docx is drafted with its quotes found in the Word text; an old .doc is
 * refused with what to do.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { watch } from '../e2e/watch.ts';
import { place } from './place.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const ROOT = resolve(import.meta.dirname, '../..');
const FORMATS = join(ROOT, 'tests/fixtures/formats');
const XLSX = 'qingshen-2023-project-table.xlsx';
const DOCX = 'chenglingji-2023-overall.docx';

test('an Excel 自评表 from the inbox to a reviewed record the data build verifies', async ({
	page
}) => {
	const seen = watch(page, place.url);
	await page.goto('/');
	await page.getByTestId('pick-files').setInputFiles([join(FORMATS, XLSX), join(FORMATS, DOCX)]);
	const queued = page.getByTestId('queue-attention');
	await expect(queued).toContainText('青神县');
	await queued.getByRole('button', { name: /青神县/ }).click();

	const review = page.getByTestId('review');
	await expect(review.getByRole('heading', { level: 2 })).toContainText('青神县 · 2023');
	// The sheet read one row per line (万元 only in its heading), its figures found in it.
	const budget = page.locator('[data-testid="fact"][data-metric="budget_initial"]');
	await expect(budget.getByTestId('display')).toHaveText('238.93万元');
	await budget.getByRole('button', { name: '在原文中定位' }).click();
	await expect(page.getByTestId('source').locator('mark.current').last()).toContainText('238.93');

	// The region's answer held back until the 项目简称 is typed: the name must be saved after
	// it, on the version it returns, not lost as a stale save (as a slow server would do).
	let release = () => {};
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/api/items/*/region', async (route) => {
		await released;
		await route.continue();
	});
	await page.getByTestId('region').getByTestId('confirm-region').click();
	await page.getByText('报告信息').click();
	await page.getByLabel('项目简称（英文小写，用于报告编号）').fill('government-services');
	await page.getByLabel('项目简称（英文小写，用于报告编号）').press('Tab');
	release();
	// Each drafted figure accepted in turn (an accepted one loses its button).
	const accept = page.getByTestId('accept');
	for (let left = await accept.count(); left > 0; left--) {
		await expect(accept).toHaveCount(left);
		await accept.first().click();
	}
	await expect(accept).toHaveCount(0);
	await expect(page.getByTestId('error')).toHaveCount(0);

	await expect(page.getByTestId('mark')).toBeEnabled();
	await page.getByTestId('mark').click();
	await expect(page.getByTestId('reviewed')).toContainText(
		'已标记为已审：511425-2023-government-services',
		{ timeout: 60_000 }
	);

	expect(readFileSync(join(place.data, 'sources', XLSX))).toEqual(
		readFileSync(join(FORMATS, XLSX))
	);
	const record = parseYaml(
		readFileSync(join(place.data, 'records', '511425-2023-government-services.yaml'), 'utf8')
	);
	expect(record).toMatchObject({ status: 'reviewed', region_code: '511425', kind: 'project' });
	expect(record.source.file).toBe(XLSX);
	const data = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/build-data.ts', '--data', place.data, '--check'],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	expect(data.status, data.stderr).toBe(0);
	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('a Word report is drafted with its quotes in the Word text', async ({ page }) => {
	await page.goto('/');
	// The county (城陵矶新港区) is no GB/T 2260 county: it waits for the curator to pick one.
	await page.getByTestId('queue-attention').getByRole('button', { name: DOCX }).click();
	const source = page.getByTestId('source');
	await expect(source.locator('mark', { hasText: '其中在编人员3人' })).toBeVisible();
	await expect(page.getByTestId('region')).toContainText('未能识别县');
	await expect(page.getByTestId('mark')).toBeDisabled();
});

test('an old Word document is refused with what to do', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('pick-files').setInputFiles({
		name: '2023年自评报告.doc',
		mimeType: 'application/msword',
		// The signature every Word 97–2003 file starts with (an OLE2 compound file).
		buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
	});
	await expect(page.getByTestId('refused')).toContainText(
		'「2023年自评报告.doc」是 Word 97–2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再添加'
	);
});
