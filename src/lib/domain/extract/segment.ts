/**
 * Sentences and headings of a cleaned report. The conversions break sentences across
 * lines (and the 乐昌 2022 text wraps every ~28 characters), so lines are joined unless
 * a line starts with a heading marker or the one before is a short unterminated heading.
 * Sections that state plans rather than results (目标及任务, 存在问题, 相关建议, 改进…)
 * are marked so their figures are never drafted as facts.
 */
import type { CleanText } from './clean.ts';

export interface Heading {
	start: number;
	end: number;
	/** 1 一、 · 2 （一） · 3 1. · 4 （1） · 5 ① · 6 unnumbered short line */
	rank: number;
	ordinal: number | null;
	text: string;
}

export interface Sentence {
	start: number;
	end: number;
	/** Why figures here are not facts (a plans section), or null. */
	skip: string | null;
}

const CN: Record<string, number> = {
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10
};

function cnOrdinal(s: string): number {
	if (s.length === 1) return CN[s] ?? 0;
	if (s[0] === '十') return 10 + (CN[s[1]!] ?? 0);
	return (CN[s[0]!] ?? 0) * 10 + (s[2] ? (CN[s[2]] ?? 0) : 0);
}

const MARKERS: [RegExp, number, (m: RegExpExecArray) => number][] = [
	[/^([一二三四五六七八九十]{1,3})[、.](?![一二三四五六七八九十])/, 1, (m) => cnOrdinal(m[1]!)],
	[/^\(([一二三四五六七八九十]{1,3})\)/, 2, (m) => cnOrdinal(m[1]!)],
	[/^(\d{1,2})(?:、|\.(?!\d))/, 3, (m) => Number(m[1])],
	[/^\((\d{1,2})\)/, 4, (m) => Number(m[1])],
	[/^([①-⑳])/, 5, (m) => m[1]!.charCodeAt(0) - 0x245f]
];

export function headingMarker(line: string): { rank: number; ordinal: number } | null {
	for (const [re, rank, ord] of MARKERS) {
		const m = re.exec(line);
		if (m) return { rank, ordinal: ord(m) };
	}
	return null;
}

const TERMINAL = /[。！？!?;；:：]$/;
const SENTENCE_END = /[。！？!?;；]/;

/** Plans, problems and suggestions: what the report intends, not what it achieved. */
const PLAN_HEADING =
	/(目标(及|和|与)?任务|重点工作任务|工作任务$|绩效目标$|工作计划|工作思路|下一步|建议|改进|存在(的)?问题|问题$|打算|展望)/;
const NOT_PLAN = /(完成|情况|覆盖|实现|自评|得分)/;
/** A section of tasks (年度总体工作和重点工作任务) also tells what was done: those sentences are results. */
const TASKS = /(工作任务|重点工作)$/;
const DONE =
	/(截至目前|截止目前|截至\d{4}年|截止\d{4}年|已(经)?(完成|安装|建成|实现|开通|上线|投放|办理|覆盖)|累计)/;

function shortLimit(clean: CleanText, from: number, to: number): number {
	const lengths = clean.lines
		.filter((l) => l.start >= from && l.end <= to)
		.map((l) => l.end - l.start)
		.sort((a, b) => a - b);
	const p75 = lengths[Math.floor(lengths.length * 0.75)] ?? 40;
	return Math.max(10, Math.min(30, p75 * 0.55));
}

/** Headings and sentences of clean[from, to). */
export function segment(
	clean: CleanText,
	from: number,
	to: number
): { headings: Heading[]; sentences: Sentence[] } {
	const text = clean.text;
	const lines = clean.lines.filter((l) => l.start >= from && l.end <= to);
	const limit = shortLimit(clean, from, to);
	const headings: Heading[] = [];
	const breaks = new Set<number>();

	const isShort = (body: string) =>
		body.length <= limit && !TERMINAL.test(body) && !/[。，,;；]/.test(body);
	lines.forEach((line, k) => {
		const body = text.slice(line.start, line.end);
		const marker = headingMarker(body);
		// A prose line that stops mid-sentence goes on in the short line after it (text
		// re-wrapped, a blank line between every two): that line is no heading.
		const before = k > 0 ? text.slice(lines[k - 1]!.start, lines[k - 1]!.end) : '';
		const carried =
			before !== '' && !isShort(before) && /[,，、\u4e00-\u9fff\d]$/.test(before) && !marker;
		const short = isShort(body) && !carried;
		if (marker || line.markdownHeading || short) {
			breaks.add(line.start);
			const stop = body.search(/[。:：]/);
			const headingText = stop > 0 ? body.slice(0, stop) : body;
			if (marker || line.markdownHeading || (short && body.length <= 16)) {
				headings.push({
					start: line.start,
					end: line.start + headingText.length,
					rank: marker?.rank ?? 6,
					ordinal: marker?.ordinal ?? null,
					text: headingText
				});
			}
		}
		if (short || line.markdownHeading) {
			const next = lines[k + 1];
			if (next) breaks.add(next.start);
		}
	});

	const sentences: Sentence[] = [];
	let start = from;
	for (let i = from; i < to; i++) {
		if (i > start && breaks.has(i)) {
			sentences.push({ start, end: i, skip: null });
			start = i;
		}
		if (SENTENCE_END.test(text[i]!)) {
			sentences.push({ start, end: i + 1, skip: null });
			start = i + 1;
		}
	}
	if (start < to) sentences.push({ start, end: to, skip: null });
	markPlans(headings, sentences, text);
	return { headings, sentences: sentences.filter((s) => s.end > s.start) };
}

/**
 * A plans section runs until a heading of higher rank, or of the same rank with a
 * larger ordinal (numbered lists restart inside sections: （三）目标及任务 holds its
 * own （一）（二））.
 */
function markPlans(headings: Heading[], sentences: Sentence[], text: string): void {
	const ranges: [number, number, string, boolean][] = [];
	headings.forEach((h, i) => {
		// A long “heading” is a numbered paragraph that happens to say 建议 or 问题.
		if (h.text.length > 24 || !PLAN_HEADING.test(h.text) || NOT_PLAN.test(h.text)) return;
		let end = Infinity;
		for (const later of headings.slice(i + 1)) {
			// An unnumbered heading (存在问题 on a line of its own) runs to the next heading.
			if (h.rank > 5) {
				end = later.start;
				break;
			}
			if (later.rank > 5) continue;
			const ends =
				later.rank < h.rank || (later.rank === h.rank && (later.ordinal ?? 0) > (h.ordinal ?? 0));
			if (ends) {
				end = later.start;
				break;
			}
		}
		ranges.push([
			h.start,
			end,
			`in “${h.text}”, which states plans or problems`,
			TASKS.test(h.text)
		]);
	});
	for (const s of sentences) {
		const r = ranges.find(([a, b]) => s.start >= a && s.start < b);
		if (r && !(r[3] && DONE.test(text.slice(s.start, s.end)))) s.skip = r[2];
	}
}
