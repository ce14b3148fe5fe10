/**
 * npx tsx scripts/bench/review.ts — the review workbench's times, on a temporary copy of
 * data/ (the repository's data/, static/data/ and build/ are not touched):
 *   drop → review screen: a seed report printed to PDF with Word's default layout (5 pages)
 *     dropped on the inbox, until its drafted figures are on screen;
 *   mark reviewed: verify, write source + record atomically, rebuild the data;
 *   preview: the site built over the new data for /compare, the county and the report.
 * The seed's own record and source are removed from the copy first, so the report is new.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findChromium } from '../chromium.ts';
import { printToPdf, WORD_DEFAULT } from '../review/print-pdf.ts';
import { startSandbox } from '../review/sandbox.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = { source: '003_dfc3b55ffced65d5.txt', record: '440883-2023', county: '吴川市' };

const sandbox = await startSandbox((data) => {
	rmSync(join(data, 'records', `${SEED.record}.yaml`));
	rmSync(join(data, 'sources', SEED.source));
});
const pdfPath = join(sandbox.dir, 'wuchuan-2023.pdf');
const pdf = await printToPdf(
	readFileSync(join(ROOT, 'data', 'sources', SEED.source), 'utf8'),
	WORD_DEFAULT
);
writeFileSync(pdfPath, pdf);
const pages = (await getDocument({ data: new Uint8Array(pdf) }).promise).numPages;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
	await page.goto(sandbox.url);
	const dropped = performance.now();
	await page.getByTestId('pick-files').setInputFiles(pdfPath);
	await page.getByTestId('review').getByRole('heading', { name: SEED.county }).waitFor();
	await page.getByTestId('fact').first().waitFor();
	const reviewMs = performance.now() - dropped;
	const facts = await page.getByTestId('fact').count();

	// What the curator does by hand is not timed here: every figure is confirmed at once.
	await page.evaluate(async () => {
		const id = location.hash.split('/').pop()!;
		const item = await (await fetch(`/api/items/${id}`)).json();
		const record = item.record;
		for (const f of record.facts) delete f.uncertain;
		const accepted = {
			facts: record.facts.map(() => true),
			scores: record.scores.map(() => true)
		};
		await fetch(`/api/items/${id}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ version: item.version, base: item.base, record, accepted })
		});
	});
	await page.reload();
	await page.getByTestId('mark').click({ timeout: 60_000 });
	const marking = performance.now();
	await page.getByTestId('reviewed').waitFor({ timeout: 120_000 });
	const markMs = performance.now() - marking;
	await page.getByTestId('preview-links').waitFor({ timeout: 600_000 });
	const previewMs = performance.now() - marking - markMs;

	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log(`workbench start (page build when stale): ${s(sandbox.startMs)}`);
	console.log(
		`${pages}-page PDF (${(pdf.length / 1024).toFixed(0)} KB) dropped → review screen: ${s(reviewMs)} (${facts} figures drafted)`
	);
	console.log(`mark reviewed (verify + write + data rebuild): ${s(markMs)}`);
	console.log(`preview build (/compare, /county, /sources): ${s(previewMs)} more`);
} finally {
	await browser.close();
	sandbox.stop();
}
