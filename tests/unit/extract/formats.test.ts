/**
 * The same report as text, as a saved web page and as a PDF printed by Chromium gives
 * the same figures. The HTML is made here from each seed (paragraphs, a head, navigation
 * and script noise); Chromium prints it to PDF, and pdfjs reads the text layer back.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { findChromium } from '../../../scripts/chromium.ts';
import { readReport } from '../../../scripts/lib/read-report.ts';
import { realContext } from './helpers.ts';

const ctx = realContext();
const seeds = readdirSync('data/sources').filter((f) => f.endsWith('.txt'));
const dir = mkdtempSync(join(tmpdir(), 'yardstick-formats-'));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(text: string): string {
	const body = text
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => `<p>${escape(l)}</p>`)
		.join('\n');
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评报告</title>
<style>p { margin: 0 0 .5em } @media print { nav, .site-header, footer { display: none } }</style>
<script>window.stats = { budget: '年初预算为 999 元' };</script></head>
<body><header class="site-header">政务服务数据管理局 首页</header>
<nav>栏目导航：<a href="/">机构概况</a> <a href="/gk">政策文件</a> 年初预算 1 元</nav>
<main><article>${body}</article></main>
<footer>主办单位 电话 12345 网站标识码 4402000001</footer></body></html>`;
}

function figures(text: string): string[] {
	const r = extractReports(text, 'x.txt', ctx);
	if (r.notReport !== null) throw new Error(r.notReport);
	return r.drafts
		.flatMap((d) => d.record.facts.map((f) => `${f.metric} ${f.year} ${f.value} ${f.qualifier}`))
		.sort();
}

let browser: Browser;

function hasCjkFont(): boolean {
	try {
		return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
}

beforeAll(async () => {
	const executablePath = process.env.CHROMIUM_PATH || findChromium();
	if (!hasCjkFont()) {
		throw new Error(
			'no CJK font (fc-list :lang=zh is empty): Chromium would print Chinese as boxes and the ' +
				'PDF text layer would hold no Chinese. Install fonts-noto-cjk.'
		);
	}
	try {
		browser = await chromium.launch({
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		});
	} catch (e) {
		throw new Error(
			`Chromium (${executablePath}) could not be launched to print the PDF fixtures: ${(e as Error).message.split('\n')[0]}. ` +
				'Install chromium and fonts-noto-cjk, or set CHROMIUM_PATH.',
			{ cause: e }
		);
	}
	const page = await browser.newPage();
	for (const seed of seeds) {
		const html = toHtml(readFileSync(join('data/sources', seed), 'utf8'));
		writeFileSync(join(dir, `${seed}.html`), html);
		await page.setContent(html, { waitUntil: 'load' });
		await page.pdf({ path: join(dir, `${seed}.pdf`), format: 'A4' });
	}
	await page.close();
}, 180_000);

afterAll(async () => {
	await browser?.close();
});

describe.each(seeds)('%s', (seed) => {
	const text = readFileSync(join('data/sources', seed), 'utf8');

	test('as a saved web page: same figures, navigation and scripts ignored', async () => {
		const html = await readReport(join(dir, `${seed}.html`));
		expect(html.format).toBe('html');
		expect(html.text).not.toMatch(/栏目导航|网站标识码|999/);
		expect(figures(html.text)).toEqual(figures(text));
	});

	test('as a PDF printed by Chromium: same figures from the text layer', async () => {
		const pdf = await readReport(join(dir, `${seed}.pdf`));
		expect(pdf.format).toBe('pdf');
		expect(pdf.text).toMatch(/自评|绩效/);
		expect(figures(pdf.text)).toEqual(figures(text));
	}, 60_000);
});

describe('other encodings and a PDF without text', () => {
	/** GBK bytes for a text, from the table TextDecoder('gbk') implies (there is no GBK encoder). */
	function encodeGbk(text: string): Uint8Array {
		const table = new Map<string, number[]>();
		const decoder = new TextDecoder('gbk');
		for (let a = 0x81; a <= 0xfe; a++) {
			for (let b = 0x40; b <= 0xfe; b++) {
				if (b === 0x7f) continue;
				const ch = decoder.decode(new Uint8Array([a, b]));
				if (!table.has(ch)) table.set(ch, [a, b]);
			}
		}
		const out: number[] = [];
		for (const ch of text) {
			if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
			else out.push(...(table.get(ch) ?? [0x3f]));
		}
		return new Uint8Array(out);
	}

	test('a saved page in GB2312/GBK gives the same figures as the UTF-8 text', async () => {
		const seed = '004_ae923b7ef8d2ec7e.txt';
		const text = readFileSync(join('data/sources', seed), 'utf8');
		const html = toHtml(text).replace(
			'<meta charset="utf-8">',
			'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
		);
		writeFileSync(join(dir, 'gbk.html'), encodeGbk(html));
		const page = await readReport(join(dir, 'gbk.html'));
		expect(page.notes.join(' ')).toMatch(/gb2312/);
		expect(figures(page.text)).toEqual(figures(text));
	});

	test('a text file in GBK is read as such, and stored as UTF-8', async () => {
		const text = readFileSync('data/sources/003_dfc3b55ffced65d5.txt', 'utf8');
		writeFileSync(join(dir, 'gbk.txt'), encodeGbk(text));
		const r = await readReport(join(dir, 'gbk.txt'));
		expect(r.verbatim).toBe(false);
		expect(r.notes.join(' ')).toMatch(/gb18030/);
		expect(figures(r.text)).toEqual(figures(text));
	});

	test('a scanned PDF (no text layer) is refused with what to do', async () => {
		const page = await browser.newPage();
		await page.setContent('<div style="width:300px;height:300px;background:#333"></div>');
		await page.pdf({ path: join(dir, 'scan.pdf'), format: 'A4' });
		await page.close();
		await expect(readReport(join(dir, 'scan.pdf'))).rejects.toThrow(/no text layer.*OCR/);
	});
});
