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

export function fold(original: string): Folded {
	let text = '';
	const offsets: number[] = [];
	const ends: number[] = [];
	let i = 0;
	for (const ch of original) {
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

export interface Span {
	start: number;
	end: number;
}

/** Every place the quote occurs in the source, as offsets into the original text. */
export function findQuote(source: string | Folded, quote: string): Span[] {
	const hay = typeof source === 'string' ? fold(source) : source;
	const needle = fold(quote).text;
	if (!needle) return [];
	const spans: Span[] = [];
	for (let at = hay.text.indexOf(needle); at >= 0; at = hay.text.indexOf(needle, at + 1)) {
		spans.push({ start: hay.offsets[at]!, end: hay.ends[at + needle.length - 1]! });
	}
	return spans;
}

/** Whether `part` occurs inside `whole` under the same tolerance. */
export function containsFolded(whole: string, part: string): boolean {
	const p = fold(part).text;
	return p.length > 0 && fold(whole).text.includes(p);
}

/** 1-based line number of an offset. */
export function lineOf(source: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
	return line;
}
