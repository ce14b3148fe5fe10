/**
 * npx tsx scripts/bench/extract-pdf.ts [--pages 30] [--runs 3]
 * How long `npm run extract` takes on a long PDF: the seed reports printed by Chromium
 * one after another until the PDF has the pages asked for, then read (pdfjs) and drafted
 * N times in one process. Prints the cold run (pdfjs and its CMaps loading) and the warm
 * ones, reading and drafting apart, and the machine's load; writes
 * bench-results/extract-pdf.json. Measured, never asserted.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { extractReports } from '../../src/lib/domain/extract/draft.ts';
import { findChromium } from '../chromium.ts';
import { loadExtractContext } from '../lib/extract-context.ts';
import { pdfToText } from '../lib/pdf-text.ts';

const { values: args } = parseArgs({
	options: { pages: { type: 'string', default: '30' }, runs: { type: 'string', default: '3' } }
});
const want = Number(args.pages);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const seeds = readdirSync('data/sources')
	.sort()
	.map((f) => readFileSync(join('data/sources', f), 'utf8'));

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
let body = '';
let pdf = new Uint8Array();
let pages = 0;
for (let k = 0; pages < want && k < 50; k++) {
	body += seeds[k % seeds.length]!.split('\n')
		.filter((l) => l.trim())
		.map((l) => `<p>${esc(l)}</p>`)
		.join('');
	await page.setContent(
		`<!doctype html><meta charset="utf-8"><body style="font:14px/1.6 sans-serif">${body}</body>`
	);
	pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
	pages = (await pdfToText(pdf)).pages;
}
await browser.close();

const ctx = loadExtractContext('data');
const runs: { read: number; draft: number; facts: number }[] = [];
for (let r = 0; r < Number(args.runs); r++) {
	const t0 = performance.now();
	const text = (await pdfToText(pdf)).text;
	const t1 = performance.now();
	const result = extractReports(text, 'bench.pdf', ctx);
	const t2 = performance.now();
	const facts =
		result.notReport === null ? result.drafts.reduce((n, d) => n + d.record.facts.length, 0) : 0;
	runs.push({ read: Math.round(t1 - t0), draft: Math.round(t2 - t1), facts });
}
const out = {
	pages,
	bytes: pdf.byteLength,
	load: loadavg().map((l) => Number(l.toFixed(2))),
	runs
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/extract-pdf.json', JSON.stringify(out, null, '\t') + '\n');
console.log(
	`${pages}-page PDF (${(pdf.byteLength / 1024).toFixed(0)} KB), load average ${out.load.join(' ')}`
);
runs.forEach((r, i) =>
	console.log(
		`  run ${i + 1}${i === 0 ? ' (cold)' : ''}: read ${r.read} ms + draft ${r.draft} ms = ${r.read + r.draft} ms, ${r.facts} figures`
	)
);
