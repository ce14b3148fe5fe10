/**
 * A report's text made regular enough to match on, with a map back to the original:
 * line breaks and spaces gone (a space stays only between two ASCII letters or digits),
 * full-width letters, digits and brackets made half-width, the LaTeX and Markdown residue
 * of the PDF conversions (`$\leq 100\%$`, `**七是**`, `## 二、`) reduced to what it
 * says, and lone page numbers dropped. Every clean character knows the span of the
 * original it came from, so a match becomes a quote copied from the source.
 */
import { unradical } from './radicals.ts';

export interface CleanLine {
	/** 1-based line number in the original. */
	number: number;
	/** Offset of the line's first clean character (equal to `end` for an empty line). */
	start: number;
	end: number;
	/** The line began with Markdown heading marks (`#`). */
	markdownHeading: boolean;
}

export interface CleanText {
	original: string;
	text: string;
	/** For each clean character, the original offsets it covers: [from[i], to[i]). */
	from: number[];
	to: number[];
	/** Non-empty lines, in order. */
	lines: CleanLine[];
}

const FULL_WIDTH_KEEP = new Set(['，', '。', '、', '“', '”', '‘', '’']);

function halfWidth(ch: string): string {
	const code = ch.codePointAt(0)!;
	if ((code >= 0x2e80 && code <= 0x2fdf) || ch === '戶') return unradical(ch);
	if (FULL_WIDTH_KEEP.has(ch)) return ch;
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
	if (ch === '〜' || ch === '～') return '~';
	return ch;
}

const LATEX: [RegExp, string][] = [
	[/\\leq?(?![a-zA-Z])/y, '≤'],
	[/\\geq?(?![a-zA-Z])/y, '≥'],
	[/\\approx(?![a-zA-Z])/y, '≈'],
	[/\\times(?![a-zA-Z])/y, '×'],
	[/\\%/y, '%']
];

function latexAt(line: string, i: number): [string, number] | null {
	if (line[i] !== '\\') return null;
	for (const [re, out] of LATEX) {
		re.lastIndex = i;
		const m = re.exec(line);
		if (m) return [out, m[0].length];
	}
	return null;
}

const isAsciiWord = (ch: string | undefined) => !!ch && /[A-Za-z0-9]/.test(ch);
const PAGE_NUMBER = /^\s*(第\s*)?[-—–]?\s*\d{1,3}\s*[-—–]?\s*(页)?\s*$/;
const NUMERIC_ONLY = /^[\s\d.,%，。-]+$/;

const FORM_LABEL = /^\s*[\u4e00-\u9fff]{2,10}\s*$/;
const HEADING_START = /^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/**
 * Lone numbers between two lines of prose are page numbers; between numbers they are
 * table cells, and between a short label and the next label or heading a form's value
 * (人员编制 / 21 / 实有人数).
 */
function pageNumberLines(lines: string[]): Set<number> {
	const out = new Set<number>();
	const content = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trim() !== '');
	content.forEach(([line, i], k) => {
		if (!PAGE_NUMBER.test(line)) return;
		const prev = content[k - 1]?.[0];
		const next = content[k + 1]?.[0];
		if (prev === undefined || next === undefined) return;
		if (FORM_LABEL.test(prev) && (FORM_LABEL.test(next) || HEADING_START.test(next))) return;
		if (!NUMERIC_ONLY.test(prev) && !NUMERIC_ONLY.test(next)) out.add(i);
	});
	return out;
}

export function cleanText(original: string): CleanText {
	const rawLines = original.split('\n');
	const dropped = pageNumberLines(rawLines);
	const chars: string[] = [];
	const from: number[] = [];
	const to: number[] = [];
	const lines: CleanLine[] = [];
	// One entry per UTF-16 unit, so offsets into the joined text index `from` and `to`.
	const push = (s: string, a: number, b: number) => {
		for (let k = 0; k < s.length; k++) {
			chars.push(s[k]!);
			from.push(a);
			to.push(b);
		}
	};

	let offset = 0;
	rawLines.forEach((line, index) => {
		const lineStart = offset;
		offset += line.length + 1;
		if (dropped.has(index) || line.trim() === '') return;
		const start = chars.length;
		let i = 0;
		const heading = /^\s*#+\s*/.exec(line);
		if (heading) i = heading[0].length;
		let pendingSpace: [number, number] | null = null;
		while (i < line.length) {
			const at = lineStart + i;
			if (/\s/.test(line[i]!)) {
				let j = i;
				while (j < line.length && /\s/.test(line[j]!)) j++;
				if (line.slice(i, j).includes('\t')) push('|', at, lineStart + j);
				else pendingSpace = [at, lineStart + j];
				i = j;
				continue;
			}
			if (line.startsWith('**', i) || line[i] === '$') {
				i += line[i] === '$' ? 1 : 2;
				continue;
			}
			const latex = latexAt(line, i);
			const ch = String.fromCodePoint(line.codePointAt(i)!);
			const out = latex ? latex[0] : halfWidth(ch);
			const width = latex ? latex[1] : ch.length;
			if (pendingSpace && isAsciiWord(chars[chars.length - 1]) && isAsciiWord(out[0])) {
				push(' ', pendingSpace[0], pendingSpace[1]);
			}
			pendingSpace = null;
			push(out, at, at + width);
			i += width;
		}
		if (chars.length > start) {
			lines.push({ number: index + 1, start, end: chars.length, markdownHeading: !!heading });
		}
	});
	return { original, text: chars.join(''), from, to, lines };
}

/** The original text behind clean offsets [start, end), with line breaks joined up. */
export function originalSlice(clean: CleanText, start: number, end: number): string {
	if (end <= start) return '';
	const raw = clean.original.slice(clean.from[start]!, clean.to[end - 1]!);
	return raw
		.replace(/\s+/g, (ws, at: number, s: string) => {
			if (!ws.includes('\n')) return ' ';
			return isAsciiWord(s[at - 1]) && isAsciiWord(s[at + ws.length]) ? ' ' : '';
		})
		.trim();
}

/** 1-based original line of a clean offset. */
export function lineAt(clean: CleanText, offset: number): number {
	let lo = 0;
	let hi = clean.lines.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (clean.lines[mid]!.start <= offset) lo = mid;
		else hi = mid - 1;
	}
	return clean.lines[lo]?.number ?? 1;
}
