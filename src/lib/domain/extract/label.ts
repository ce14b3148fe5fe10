/**
 * The words around a figure, as the rules see them: the label (its clause up to the
 * number) and the tail (from the unit to the end of the clause), both without quotation
 * and book-title marks, and the label without the linking words (为, 达到, 共…) that
 * stand between a name and its number.
 */

/** Characters that end a clause. */
export const CLAUSE_BREAK = /[,，;；:：。!?！？|]/;

export function plain(s: string): string {
	return s.replace(/[“”"'‘’「」『』《》〈〉\s]/g, '');
}

const LINK =
	/(?:已经|已|均|都|共计|共有|共|合计|总计|总数为|总数|累计|达到了|达到|达至|高达|达|为|是|有|在|至|到|了|约|分别为|分别是|分别达到|分别达|分别|仅|计|总共|全年)+$/;

/** The label with its linking words taken off the end. */
export function stripLink(label: string): string {
	return label.replace(LINK, '');
}

export const DIRECTION = /(增长|增加|降低|减少|下降|上升|提高|提升|增幅|降幅)(了)?$/;
export const NEGATION = /(未达到?|未能达到|尚未达到?|没有达到|未|没有|尚未)$/;

/** Start of the clause holding `pos`, not before `min`. */
export function clauseStart(text: string, pos: number, min: number): number {
	for (let i = pos - 1; i >= min; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
	return min;
}

/** End of the clause holding `pos`, not after `max`. */
export function clauseEnd(text: string, pos: number, max: number): number {
	for (let i = pos; i < max; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
	return max;
}

/** Plans and targets, not results. */
export const GOAL =
	/(力争|争取|计划(于|在|到|完成|实现|新增|投入|建设|用)|拟(于|在|完成|新增|投入|建设|将)|预期|目标(值|为|是)|(?<!已)不少于|下一步|明年|将(要)?(完成|实现|达到|推进|新增)|确保.{0,8}达到|要求.{0,6}(达到|不低于))/;

const YEAR = /(20\d\d)年(度)?(?!以来|至今|起|修订|版)/g;
const RELATIVE =
	/(?<![与较比同])(上年度|上一年度|上一年|上年|去年)(?!同期|相比)|(本年度|本年|今年|当年)/g;

/** Text with book titles and brackets blanked, so 《2023 年…评分表》 gives no year. */
function mask(s: string): string {
	let depth = 0;
	let out = '';
	for (const ch of s) {
		if ('《(〔[【'.includes(ch)) depth++;
		out += depth > 0 ? '□' : ch;
		if ('》)〕]】'.includes(ch) && depth > 0) depth--;
	}
	return out;
}

/**
 * The year a figure describes, from the words before it in its sentence: the nearest
 * 2022 年 or 上年 (→ year − 1); without one, the evaluation year.
 */
export function yearBefore(prefix: string, evalYear: number): number | null {
	const s = mask(prefix);
	let best: { at: number; year: number } | null = null;
	for (const m of s.matchAll(YEAR)) {
		if (!best || m.index! > best.at) best = { at: m.index!, year: Number(m[1]) };
	}
	for (const m of s.matchAll(RELATIVE)) {
		const year = m[1] ? evalYear - 1 : evalYear;
		if (!best || m.index! > best.at) best = { at: m.index!, year };
	}
	return best?.year ?? null;
}

export const CUMULATIVE = /(累计|截至|截止|至今|以来|历年)/;
