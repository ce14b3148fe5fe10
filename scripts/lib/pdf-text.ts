/**
 * The text layer of a PDF, read offline with pdfjs-dist and the CMaps and standard font
 * data it ships (Chinese PDFs often use predefined CJK CMaps such as UniGB-UCS2-H).
 * Text items are put back into lines by their position: one line per baseline, a tab
 * where a wide gap separates table cells, a blank line between paragraphs. A page set
 * in two columns is read left column first; running headers and footers repeated on
 * every page (title, 第 N 页) are left out after their first showing, so a table that
 * runs over a page break continues.
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
			// Table cells stand further apart than the glyphs of a justified line.
			if (end !== null && gap > 1.2 * item.size) line += '\t';
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

/** A vertical gutter in the middle of the page that no line crosses: the page has two columns. */
function gutter(items: Item[], width: number): number | null {
	const text = items.filter((i) => i.str.trim() !== '');
	if (text.length < 8 || width <= 0) return null;
	const step = 2;
	const bins = new Array<number>(Math.ceil(width / step) + 1).fill(0);
	for (const it of text) {
		for (let x = Math.max(0, it.x); x < Math.min(width, it.x + it.width); x += step)
			bins[Math.floor(x / step)]!++;
	}
	// A title or a running header may cross the gutter; the columns' lines never do.
	const lo = Math.floor((0.3 * width) / step);
	const hi = Math.ceil((0.7 * width) / step);
	const least = Math.min(...bins.slice(lo, hi));
	if (least > Math.max(2, 0.03 * text.length)) return null;
	let best: [number, number] | null = null;
	for (let b = lo; b < hi; b++) {
		if (bins[b]! > least) continue;
		let e = b;
		while (e < bins.length && bins[e]! <= least) e++;
		if (!best || e - b > best[1] - best[0]) best = [b, e];
		b = e;
	}
	if (!best || (best[1] - best[0]) * step < 8) return null;
	const x = ((best[0] + best[1]) / 2) * step;
	// Columns of prose, not a table's cells: on both sides, long lines that are mostly words.
	const side = (s: Item[]) => {
		const rows = new Map<number, Item[]>();
		for (const i of s) {
			const y = Math.round(i.y / 2);
			rows.set(y, [...(rows.get(y) ?? []), i]);
		}
		const lines = [...rows.values()];
		const extent = (r: Item[]) =>
			Math.max(...r.map((i) => i.x + i.width)) - Math.min(...r.map((i) => i.x));
		const wordy = lines.filter(
			(r) =>
				(r
					.map((i) => i.str)
					.join('')
					.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6
		);
		return (
			s.length >= 0.2 * text.length &&
			lines.length >= 3 &&
			wordy.length >= 0.6 * lines.length &&
			lines.reduce((n, r) => n + extent(r), 0) / lines.length >= 0.2 * width
		);
	};
	return side(text.filter((i) => i.x + i.width <= x)) && side(text.filter((i) => i.x >= x))
		? x
		: null;
}

/** Lines of one page: across the page, or left column then right when it has two. */
function pageLines(items: Item[], width: number): { lines: string[]; columns: boolean } {
	const whole = linesOf(items);
	// A page of table rows (cells apart by tabs) is one column, whatever gaps its columns leave.
	const rows = whole.filter((l) => l.includes('\t')).length;
	const x = rows > 0.3 * whole.filter(Boolean).length ? null : gutter(items, width);
	if (x === null) return { lines: whole, columns: false };
	// A line runs across the gutter (a centred title) when its glyphs close up over it.
	const byY = new Map<number, Item[]>();
	for (const i of items) {
		const y = Math.round(i.y / 2);
		byY.set(y, [...(byY.get(y) ?? []), i]);
	}
	const across: Item[] = [];
	const left: Item[] = [];
	const right: Item[] = [];
	for (const row of byY.values()) {
		const l = row.filter((i) => i.x + i.width <= x);
		const r = row.filter((i) => i.x >= x);
		const gap =
			l.length && r.length
				? Math.min(...r.map((i) => i.x)) - Math.max(...l.map((i) => i.x + i.width))
				: Infinity;
		if (l.length + r.length < row.length || gap < 1.2 * row[0]!.size) across.push(...row);
		else {
			left.push(...l);
			right.push(...r);
		}
	}
	const top = Math.max(...[...left, ...right].map((i) => i.y));
	const above = across.filter((i) => i.y > top);
	const below = across.filter((i) => i.y <= top);
	return {
		lines: [...linesOf(above), ...linesOf(left), '', ...linesOf(right), ...linesOf(below)],
		columns: true
	};
}

const EDGE = 2;
/** Page-number lines, as their shape (digits as #): 第#页, 第#页共#页, -#-, #/#. */
const PAGE_NUMBER = /^(第#页(共#页)?|-?#-?|#\/#|page#(of#)?)$/i;
const shape = (line: string) => line.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Lines that open or close at least two pages and half of them, the same but for their
 * digits: running headers and footers. The first showing stays when it holds no page
 * number (a title repeated as a running header).
 */
function dropRunning(pages: string[][]): number {
	if (pages.length < 2) return 0;
	const edges = (lines: string[]) => {
		const content = lines.filter((l) => l.trim() !== '');
		return new Set([...content.slice(0, EDGE), ...content.slice(-EDGE)].map(shape));
	};
	const count = new Map<string, number>();
	for (const p of pages) for (const s of edges(p)) count.set(s, (count.get(s) ?? 0) + 1);
	const running = new Set(
		[...count].filter(([s, n]) => s !== '' && n >= 2 && n * 2 >= pages.length).map(([s]) => s)
	);
	let dropped = 0;
	const kept = new Set<string>();
	pages.forEach((lines, k) => {
		const edge = edges(lines);
		pages[k] = lines.filter((l) => {
			const s = shape(l);
			if (!running.has(s) || !edge.has(s)) return true;
			if (!kept.has(s) && !PAGE_NUMBER.test(s)) {
				kept.add(s);
				return true;
			}
			dropped++;
			return false;
		});
	});
	return dropped;
}

export interface PdfText {
	text: string;
	pages: number;
	/** Pages with any text in their text layer (a scan has none). */
	pagesWithText: number;
	/** Pages read as two columns. */
	columns: number;
	/** Running header and footer lines left out. */
	repeated: number;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
	const doc = await getDocument({
		// pdfjs takes over (detaches) the buffer it is given: the caller keeps its bytes.
		data: bytes.slice(),
		cMapUrl: join(root, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(root, 'standard_fonts') + '/',
		isEvalSupported: false,
		useSystemFonts: false,
		verbosity: VerbosityLevel.ERRORS
	}).promise;
	const pages: string[][] = [];
	let columns = 0;
	let pagesWithText = 0;
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
			const read = pageLines(items, page.getViewport({ scale: 1 }).width);
			if (read.columns) columns++;
			if (items.some((i) => i.str.trim() !== '')) pagesWithText++;
			pages.push(read.lines);
			page.cleanup();
		}
	} finally {
		await doc.destroy();
	}
	const repeated = dropRunning(pages);
	const text = pages.map((p) => p.join('\n')).join('\n\n') + '\n';
	return { text, pages: pages.length, pagesWithText, columns, repeated };
}
