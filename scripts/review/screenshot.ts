/**
 * npx tsx scripts/review/screenshot.ts [out.png] — the README's picture of the review
 * screen, at 1280×800 in Chromium with the system's CJK font: the workbench on a
 * temporary copy of data/, the 徐闻县 2024 report (tests/fixtures/review) dropped, a
 * figure being added from a selected sentence. Nothing in the repository is written but
 * the picture.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium.ts';
import { startSandbox } from './sandbox.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const out = resolve(process.argv[2] ?? join('scripts', 'review', 'review-screen.png'));

function join(...parts: string[]): string {
	return resolve(ROOT, ...parts);
}

const sandbox = await startSandbox();
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
	await page.goto(sandbox.url);
	await page.getByTestId('pick-files').setInputFiles(join('tests/fixtures/review/xuwen-2024.pdf'));
	await page.locator('[data-testid="fact"][data-metric="staff_actual"]').waitFor();
	// Select a sentence in the source, as the curator would with the mouse.
	await page.getByTestId('source').evaluate((el) => {
		const passage = '累计办理业务量265585件';
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const at = n.textContent!.indexOf(passage);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(n, at);
			range.setEnd(n, at + passage.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
			const pane = el.closest<HTMLElement>('.source-pane')!;
			const top = range.getBoundingClientRect().top;
			pane.scrollTop += top - pane.getBoundingClientRect().top - pane.clientHeight / 2;
			return;
		}
	});
	await page.getByTestId('add-from-selection').click();
	const form = page.getByTestId('fact-form');
	await form.getByTestId('metric-search').fill('粤智助业务');
	await form.getByTestId('metric-select').selectOption('yzz_transactions');
	await form.getByTestId('form-display').waitFor();
	await form.evaluate((el) => {
		const pane = el.closest<HTMLElement>('.figures-pane')!;
		const bar = pane.querySelector<HTMLElement>('.add-bar')!;
		pane.scrollTop += el.getBoundingClientRect().top - bar.getBoundingClientRect().bottom - 8;
	});
	await page.screenshot({ path: out });
	console.log(`wrote ${out}`);
} finally {
	await browser.close();
	sandbox.stop();
}
