/**
 * Finding a quote in a source report. The reports are PDF conversions: sentences break
 * across lines, spaces appear inside them, and the same punctuation comes full-width in
 * one place and half-width in another. Matching ignores exactly that and nothing else.
 */

/** Typographic variants that the conversions swap for one another. */
const PUNCTUATION: Record<string, string> = {
	'“': '"',
	'”': '"',
	'„': '"',
	'‘': "'",
	'’': "'",
	'。': '.',
	'、': ',',
	'—': '-',
	'–': '-',
	'−': '-'
};

function foldChar(ch: string): string {
	const n = ch.normalize('NFKC');
	return PUNCTUATION[n] ?? n;
}

/** Each distinct character folded once (null: whitespace); NFKC per character was the cost at scale. */
const FOLDED = new Map<string, string | null>();

function foldCached(ch: string): string | null {
	let f = FOLDED.get(ch);
	if (f === undefined) {
		f = /\s/u.test(ch) ? null : foldChar(ch);
		FOLDED.set(ch, f);
	}
	return f;
}

export interface Folded {
	/** The text with whitespace removed and width/punctuation variants folded. */
	text: string;
	/** For each character of `text`, its offset in the original string. */
	offsets: number[];
	/** For each character of `text`, the offset just after it in the original string. */
	ends: number[];
}

/** Printable ASCII and CJK unified ideographs fold to themselves (NFKC leaves them alone). */
const plain = (code: number) => (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);

export function fold(original: string): Folded {
	let text = '';
	const offsets: number[] = [];
	const ends: number[] = [];
	for (let i = 0; i < original.length;) {
		const code = original.charCodeAt(i);
		if (plain(code)) {
			text += original[i];
			offsets.push(i);
			ends.push(i + 1);
			i++;
			continue;
		}
		const low = original.charCodeAt(i + 1);
		const pair = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
		const ch = pair ? original.slice(i, i + 2) : original[i]!;
		const f = foldCached(ch);
		if (f !== null) {
			// One entry per UTF-16 unit, so indexes into `text` stay aligned (𠀀 is two).
			text += f;
			for (let k = 0; k < f.length; k++) {
				offsets.push(i);
				ends.push(i + ch.length);
			}
		}
		i += ch.length;
	}
	return { text, offsets, ends };
}

const TEXTS = new Map<string, string>();

/**
 * fold(s).text, remembered for the last few thousand texts: verifying a record folds
 * each quote for several checks, and a sentence is often the quote of several figures.
 */
export function foldText(s: string): string {
	let t = TEXTS.get(s);
	if (t === undefined) {
		if (TEXTS.size >= 4096) TEXTS.clear();
		t = fold(s).text;
		TEXTS.set(s, t);
	}
	return t;
}

export interface Span {
	start: number;
	end: number;
}

/** Every place the quote occurs in the source, as offsets into the original text. */
export function findQuote(source: string | Folded, quote: string): Span[] {
	const hay = typeof source === 'string' ? fold(source) : source;
	const needle = foldText(quote);
	if (!needle) return [];
	const spans: Span[] = [];
	for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
		spans.push({ start: hay.offsets[at]!, end: hay.ends[at + needle.length - 1]! });
	}
	return spans;
}

/** Whether `part` occurs inside `whole` under the same tolerance. */
export function containsFolded(whole: string, part: string): boolean {
	const p = foldText(part);
	return p.length > 0 && foldText(whole).includes(p);
}

/** 1-based line number of an offset. */
export function lineOf(source: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
	return line;
}
