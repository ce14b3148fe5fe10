/**
 * The text layer of a PDF, read offline with pdfjs-dist and the CMaps and standard font
 * data it ships (Chinese PDFs often use predefined CJK CMaps such as UniGB-UCS2-H).
 * Text items are put back into lines by their position: one line per baseline, a tab
 * where a wide gap separates table cells, a blank line between paragraphs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unradicalText } from '../../src/lib/domain/extract/radicals.ts';

interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

function linesOf(items: Item[]): string[] {
	const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	const rows: Item[][] = [];
	for (const item of sorted) {
		const row = rows[rows.length - 1];
		if (row && Math.abs(row[0]!.y - item.y) <= Math.max(2, 0.45 * item.size)) row.push(item);
		else rows.push([item]);
	}
	const out: string[] = [];
	let lastY: number | null = null;
	let lastSize = 0;
	for (const row of rows) {
		row.sort((a, b) => a.x - b.x);
		let line = '';
		let end: number | null = null;
		for (const item of row) {
			const gap = end === null ? 0 : item.x - end;
			if (end !== null && gap > 2.5 * item.size) line += '\t';
			else if (end !== null && gap > 0.25 * item.size) line += ' ';
			line += item.str;
			end = item.x + item.width;
		}
		const y = row[0]!.y;
		if (lastY !== null && lastY - y > 1.9 * Math.max(lastSize, row[0]!.size)) out.push('');
		out.push(line.replace(/\s+$/, ''));
		lastY = y;
		lastSize = row[0]!.size;
	}
	return out;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
	const doc = await getDocument({
		data: bytes,
		cMapUrl: join(root, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(root, 'standard_fonts') + '/',
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: VerbosityLevel.ERRORS
	}).promise;
	const pages: string[] = [];
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items: Item[] = [];
			for (const it of content.items) {
				if (!('str' in it)) continue;
				const [a, b, , , x, y] = it.transform as number[];
				const str = unradicalText(it.str);
				items.push({ str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height });
			}
			pages.push(linesOf(items).join('\n'));
			page.cleanup();
		}
	} finally {
		await doc.destroy();
	}
	return pages.join('\n\n') + '\n';
}
