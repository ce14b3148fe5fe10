/**
 * Every number phrase in a stretch of clean text: qualifier words, the number (with or
 * without thousands separators, or in Chinese numerals), 万/亿, 余/多, a parenthetical
 * such as （含工勤）, the unit and trailing 以上/左右. A number with neither unit nor
 * scale (a year, a date, a section number, 12345) is not a figure.
 */
import { parseFigure, type ParsedFigure } from '../numbers.ts';
import { originalSlice, type CleanText } from './clean.ts';

export interface Figure extends ParsedFigure {
	/** Clean offsets of the whole phrase. */
	start: number;
	end: number;
	/** Clean offset where the number itself begins (after qualifier words). */
	numberStart: number;
	/** The phrase as written in the original, for the record's `figure`. */
	written: string;
	/** Inside brackets opened earlier in the sentence: a breakdown or an aside. */
	inParens: boolean;
}

const PREFIX =
	'(?:(?:预计|大约|约为|(?<![节制签预公契合大])约|将近|接近|(?<![最附将接])近|超过|超出|(?<![赶])超|突破|逾|多于|不少于|不低于|高于|大于|不超过|不高于|不到|低于|少于|[≥≤<>≈])?)*';
const ARABIC =
	'(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d{1,3}(?:，\\d{3})+(?![\\d，])|\\d+)(?:\\.\\d+)?';
const CHINESE =
	'(?:[二两三四五六七八九十][零〇一二两三四五六七八九十百千]{0,3}|一[十百千][零〇一二两三四五六七八九十百千]{0,3})';
const UNIT =
	'(?:个百分点|人次|元|%|‰|个|人|名|台|笔|户|项|件|篇|次|分|单|宗|家|类|条|套|枚|座|所|处|份|场|期|批|张)';
const FIGURE = new RegExp(
	`(${PREFIX})(${ARABIC}|${CHINESE})(?![\\dA-Za-z])((?:余|多|左右)?(?:万亿|亿|万|千)?(?:余|多)?)` +
		`(\\([^()]{1,8}\\))?(${UNIT}?)((?:以上|以下|以内|左右|之多)?)`,
	'gu'
);

function parenDepth(text: string, from: number, to: number): number {
	let depth = 0;
	for (let i = from; i < to; i++) {
		const ch = text[i];
		if (ch === '(' || ch === '《' || ch === '〔' || ch === '[') depth++;
		else if ((ch === ')' || ch === '》' || ch === '〕' || ch === ']') && depth > 0) depth--;
	}
	return depth;
}

/** Figures in clean[from, to), in order. `sentenceStart` bounds the bracket count. */
export function scanFigures(
	clean: CleanText,
	from: number,
	to: number,
	sentenceStart = from
): Figure[] {
	const text = clean.text;
	const out: Figure[] = [];
	FIGURE.lastIndex = from;
	for (let m = FIGURE.exec(text); m && m.index < to; m = FIGURE.exec(text)) {
		const [whole, prefix, num, scale, paren, unit] = m;
		const start = m.index;
		const end = start + whole.length;
		if (end > to) break;
		const numberStart = start + prefix!.length;
		const before = text[numberStart - 1];
		if (before && /[\dA-Za-z.\-第]/.test(before)) continue;
		const cn = !/\d/.test(num!);
		if (!unit && !/[万亿千]/.test(scale!)) continue;
		if (cn && (!unit || /^[分元%]$/.test(unit))) continue;
		if (paren && !unit) continue;
		let parsed: ParsedFigure;
		const written = originalSlice(clean, start, end);
		try {
			parsed = parseFigure(written);
		} catch {
			continue;
		}
		out.push({
			...parsed,
			start,
			end,
			numberStart,
			written,
			inParens: parenDepth(text, sentenceStart, start) > 0
		});
	}
	return out;
}
