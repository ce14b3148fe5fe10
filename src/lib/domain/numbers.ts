/**
 * Chinese number phrases as written in the reports → value, unit and qualifier.
 * `parseFigure('超 2.5 万余户')` → { value: 25000, unit: '户', qualifier: 'ge', … }.
 */
import type { Qualifier } from './schema.ts';

export interface ParsedFigure {
	/** The number with its scale (万/亿) applied and its sign (降低 → negative). */
	value: number;
	/** The unit word after the scale, e.g. 元 for 万元; null when the phrase has none. */
	unit: string | null;
	scale: number;
	qualifier: Qualifier;
	/** +1 for 增长/增加, -1 for 降低/减少, null when the phrase states no direction. */
	direction: 1 | -1 | null;
	/** Digits after the decimal point, as written: the precision the report states. */
	decimals: number;
}

const PREFIX_WORDS: [RegExp, Qualifier][] = [
	[/^(超过|超出|超|突破|逾|多于|不少于|不低于|高于|大于|≥|>)/, 'ge'],
	[/^(约为|约|大约|近|将近|接近|预计|左右|≈|~)/, 'approx'],
	[/^(不超过|不高于|不到|低于|少于|小于|≤|<)/, 'le']
];
const SUFFIX_WORDS: [RegExp, Qualifier][] = [
	[/^(以上|之多|余|多)/, 'ge'],
	[/^(左右|上下)/, 'approx'],
	[/^(以内|以下|之内)/, 'le']
];
const DIRECTION_WORDS: [RegExp, 1 | -1][] = [
	[/^(增长了?|增加了?|上升了?|提高了?|提升了?|增幅为?)/, 1],
	[/^(降低了?|减少了?|下降了?|下降|减幅为?)/, -1]
];
const SCALES: [string, number][] = [
	['万亿', 1e12],
	['亿', 1e8],
	['万', 1e4],
	['千', 1e3]
];
/** Known unit words first (longest first), else any single character as an unknown unit. */
const UNIT =
	/^(个百分点|人次|小时|%|‰|元|个|人|名|台|笔|户|项|件|篇|次|分|单|宗|家|类|条|套|天|倍|册|场|期|批|张|座|[\u4e00-\u9fff])/;
const CN_DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width forms, LaTeX residue of the PDF conversion and whitespace, made plain. */
export function normalizeNumberText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/\$/g, '')
		.replace(/\\leq?\b/g, '≤')
		.replace(/\\geq?\b/g, '≥')
		.replace(/\\approx\b/g, '≈')
		.replace(/\\%/g, '%')
		.replace(/[～〜]/g, '~')
		.replace(/[。｡](?=\d)/g, '.')
		.replace(/\s+/g, '');
}

function parseChineseInteger(text: string): number | null {
	let total = 0;
	let digit: number | null = null;
	for (const ch of text) {
		if (ch in CN_DIGITS) {
			digit = CN_DIGITS[ch]!;
		} else if (ch in CN_UNITS) {
			total += (digit ?? 1) * CN_UNITS[ch]!;
			digit = null;
		} else return null;
	}
	return total + (digit ?? 0);
}

interface Cursor {
	rest: string;
}

function take<T>(cur: Cursor, table: [RegExp, T][]): T | null {
	for (const [re, v] of table) {
		const m = re.exec(cur.rest);
		if (m) {
			cur.rest = cur.rest.slice(m[0].length);
			return v;
		}
	}
	return null;
}

function merge(a: Qualifier, b: Qualifier | null, text: string): Qualifier {
	if (!b || b === 'eq' || a === b) return b && a === 'eq' ? b : a;
	if (a === 'eq') return b;
	// 预计突破1万件: an estimate that a bound will be passed is an estimate, not a firm bound.
	if ((a === 'approx' && b === 'ge') || (a === 'ge' && b === 'approx')) return 'approx';
	throw new Error(`“${text}” has conflicting qualifiers`);
}

/**
 * Parses one number phrase. Throws with a reason when the text holds no number or
 * more than one, so a caller can name the field that is wrong.
 */
export function parseFigure(raw: string): ParsedFigure {
	const text = normalizeNumberText(raw).replace(/[(（][^()（）]*[)）]/g, '');
	const cur: Cursor = { rest: text };
	let qualifier: Qualifier = 'eq';
	let direction: 1 | -1 | null = null;

	for (let guard = 0; guard < 4; guard++) {
		const dir = take(cur, DIRECTION_WORDS);
		if (dir) {
			direction = dir;
			continue;
		}
		const q = take(cur, PREFIX_WORDS);
		if (q) {
			qualifier = merge(qualifier, q, raw);
			continue;
		}
		const lead = /^(达到|达|为|是|了|至|到|共计|共|计|合计|总计|累计)/.exec(cur.rest);
		if (lead) {
			cur.rest = cur.rest.slice(lead[0].length);
			continue;
		}
		break;
	}
	let sign = 1;
	if (/^[-−–]/.test(cur.rest)) {
		sign = -1;
		cur.rest = cur.rest.slice(1);
	}
	let value: number;
	let decimals = 0;
	const arabic = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(cur.rest);
	if (arabic) {
		value = Number(arabic[1]!.replace(/,/g, '') + (arabic[2] ? '.' + arabic[2] : ''));
		decimals = arabic[2]?.length ?? 0;
		cur.rest = cur.rest.slice(arabic[0].length);
	} else {
		const cn = /^[零〇一二两三四五六七八九十百千]+/.exec(cur.rest);
		const parsed = cn ? parseChineseInteger(cn[0]) : null;
		if (!cn || parsed === null) throw new Error(`“${raw}” contains no number`);
		value = parsed;
		cur.rest = cur.rest.slice(cn[0].length);
	}

	let scale = 1;
	for (let guard = 0; guard < 3; guard++) {
		const q = take(cur, SUFFIX_WORDS);
		if (q) {
			qualifier = merge(qualifier, q, raw);
			continue;
		}
		const s = SCALES.find(([word]) => cur.rest.startsWith(word));
		if (s && scale === 1) {
			scale = s[1];
			cur.rest = cur.rest.slice(s[0].length);
			continue;
		}
		break;
	}
	const unitMatch = UNIT.exec(cur.rest);
	let unit: string | null = null;
	if (unitMatch) {
		unit = unitMatch[1]!;
		cur.rest = cur.rest.slice(unit.length);
	}
	const after = take(cur, SUFFIX_WORDS);
	if (after) qualifier = merge(qualifier, after, raw);
	if (/\d/.test(cur.rest)) throw new Error(`“${raw}” contains more than one number`);

	const magnitude = sign * value * scale;
	return {
		value: direction === -1 ? -magnitude : magnitude,
		unit,
		scale,
		qualifier,
		direction,
		decimals
	};
}

/**
 * The qualifier a sentence's words imply, or null when it has none. Words count only
 * next to a number (结余 and 超市 are not qualifiers); 预计 and 约 may stand apart.
 */
export function qualifierOf(text: string): Qualifier | null {
	const t = normalizeNumberText(text);
	const num = '[\\d零一二两三四五六七八九十百千万亿%]';
	if (new RegExp(`预计(超过?|突破|逾)${num}`).test(t)) return 'approx';
	if (new RegExp(`((?<!不)超过?|突破|逾|不少于|不低于|≥)${num}|${num}(以上|余|多)`).test(t))
		return 'ge';
	if (new RegExp(`预计|大约|约${num}|将近${num}|${num}左右|≈`).test(t)) return 'approx';
	if (new RegExp(`(不超过|低于|不高于|≤)${num}|${num}(以内|以下)`).test(t)) return 'le';
	return null;
}

/** Whether two numbers agree to floating-point noise (7324.60 × 10⁴ is not exact). */
export function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
