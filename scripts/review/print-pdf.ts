/**
 * tsx scripts/review/print-pdf.ts <report.txt> <out.pdf>
 * A text report printed to PDF by Chromium (A4, CJK font from the system), the way a
 * bureau's office software would export it: a real text layer, one paragraph per line.
 * Used for the workbench's PDF fixture and for timing a multi-page PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../chromium.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface PageStyle {
	/** Body text size and line height, and the page margins (top/bottom, left/right). */
	size: string;
	lineHeight: number;
	margins: [string, string];
}

/** Word's defaults for a Chinese document: 五号 (10.5 pt), single spacing, 2.54/3.17 cm margins. */
export const WORD_DEFAULT: PageStyle = {
	size: '10.5pt',
	lineHeight: 1.3,
	margins: ['2.54cm', '3.17cm']
};
const FIXTURE: PageStyle = { size: '12pt', lineHeight: 1.6, margins: ['25mm', '25mm'] };

export async function printToPdf(text: string, style: PageStyle = FIXTURE): Promise<Buffer> {
	const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		const body = text
			.split('\n')
			.filter((l) => l.trim())
			.map((l) => `<p>${escape(l.trim())}</p>`)
			.join('\n');
		await page.setContent(
			`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif;
  font-size: ${style.size}; line-height: ${style.lineHeight} }
p { margin: 0 0 .4em; text-indent: 2em }</style></head><body>${body}</body></html>`
		);
		const [tb, lr] = style.margins;
		return await page.pdf({ format: 'A4', margin: { top: tb, bottom: tb, left: lr, right: lr } });
	} finally {
		await browser.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [input, output] = process.argv.slice(2);
	if (!input || !output) {
		console.error('usage: tsx scripts/review/print-pdf.ts <report.txt> <out.pdf>');
		process.exit(1);
	}
	writeFileSync(output, await printToPdf(readFileSync(input, 'utf8')));
	console.log(`wrote ${output}`);
}
