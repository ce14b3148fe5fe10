/**
 * The indicator score table of a 部门整体 report, written out as prose
 * (“（一）预算编制情况（28 分）… 1. 预算编制。指标分值 18 分。（1）预算编制合理性（5 分）。
 * 自评得分 5 分”) or flattened from a table into rows (“预算编制合理性 5 5”). Returns
 * scores, the stated subtotals, and the spans it read so the fact pass skips them.
 */
import type { Score, Subtotal } from '../schema.ts';
import { originalSlice, type CleanText } from './clean.ts';

export interface ScoreTable {
	scores: Score[];
	subtotals: Subtotal[];
	consumed: [number, number][];
}

const NUM = '(-?\\d+(?:\\.\\d+)?)';
const SECTION = new RegExp(
	`\\(([一二三四五六七八九十]{1,2})\\)([^()。,，;]{2,14}?)(?:情况)?\\(${NUM}分\\)`,
	'g'
);
const GROUP = new RegExp(
	`(?<![\\d.])(\\d{1,2})[.、]([^()。,，;\\d]{2,12}?)[。.]?指标分值${NUM}分[。.]?`,
	'g'
);
const INDICATOR = new RegExp(`\\((\\d{1,2})\\)([^()。;]{2,30}?)\\(${NUM}分\\)[。.]?`, 'g');
const POINTS = new RegExp(`^自评得分${NUM}分`);
const BONUS = new RegExp(
	`(?<![\\d.])(\\d{1,2})[.、](加减分项?|加分项|扣分项)[。.]?自评得分${NUM}分`,
	'g'
);

const SECTION_NAMES: [RegExp, string][] = [
	[/预算编制/, '预算编制'],
	[/预算执行/, '预算执行'],
	[/资金使用效益|使用效益/, '资金使用效益'],
	[/加减分/, '加减分'],
	[/产出/, '产出'],
	[/效益/, '效益'],
	[/满意度/, '满意度'],
	[/决策/, '决策'],
	[/过程/, '过程'],
	[/履职/, '履职'],
	[/^规划/, '规划'],
	[/^执行/, '执行'],
	[/^效果/, '效果']
];

function sectionName(raw: string): string | null {
	return SECTION_NAMES.find(([re]) => re.test(raw))?.[1] ?? null;
}

interface Mark {
	at: number;
	end: number;
	kind: 'section' | 'group' | 'indicator' | 'bonus';
	name: string;
	max: number | null;
	points?: number;
}

const ROW_HEADER = /(分值|权重|标准分|满分)/;
const ROW_POINTS = /(得分|自评分|评分)/;
const ROW = /^(.*?[\u4e00-\u9fff][^|\d]*?)[| ]?(\d+(?:\.\d+)?)[| ](\d+(?:\.\d+)?)$/;
const TOTAL = /^(合计|总计|总分|小计)/;

/**
 * Rows of a score table flattened into lines: “预算编制 | 预算编制合理性 | 5 | 5” after a
 * heading line that names both the maximum (分值) and the points (得分) columns.
 */
function parseRows(clean: CleanText, from: number, to: number, out: ScoreTable): void {
	let inTable = false;
	let section: string | null = null;
	let group: string | null = null;
	for (const line of clean.lines) {
		if (line.start < from || line.end > to) continue;
		const text = clean.text.slice(line.start, line.end);
		if (ROW_HEADER.test(text) && ROW_POINTS.test(text) && !/\d/.test(text)) {
			inTable = true;
			continue;
		}
		if (!inTable) continue;
		const m = ROW.exec(text);
		if (!m) {
			if (!/\|/.test(text)) inTable = false;
			continue;
		}
		// Merged cells come out empty: a row without its section or group keeps the last.
		const cells = m[1]!.split('|').filter(Boolean);
		const named = cells.map(sectionName).find(Boolean);
		if (named) section = named;
		if (cells.length >= 3) group = cells[cells.length - 2]!;
		else if (cells.length === 2) group = sectionName(cells[0]!) ? null : cells[0]!;
		const indicator = cells[cells.length - 1]!;
		if (TOTAL.test(indicator) || !section) continue;
		out.scores.push({
			section,
			group,
			indicator,
			max_points: Number(m[2]),
			points: Number(m[3]),
			quote: originalSlice(clean, line.start, line.end)
		});
		out.consumed.push([line.start, line.end]);
	}
}

export function parseScores(clean: CleanText, from: number, to: number): ScoreTable {
	const text = clean.text.slice(0, to);
	const marks: Mark[] = [];
	const scan = (re: RegExp, kind: Mark['kind']) => {
		re.lastIndex = from;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (kind === 'section' && !sectionName(m[2]!)) continue;
			const mark: Mark = {
				at: m.index,
				end: m.index + m[0].length,
				kind,
				name: kind === 'section' ? sectionName(m[2]!)! : m[2]!.replace(/[。.]$/, ''),
				max: kind === 'bonus' ? null : Number(m[3])
			};
			if (kind === 'bonus') mark.points = Number(m[3]);
			marks.push(mark);
		}
	};
	scan(SECTION, 'section');
	scan(GROUP, 'group');
	scan(INDICATOR, 'indicator');
	scan(BONUS, 'bonus');
	marks.sort((a, b) => a.at - b.at);

	const out: ScoreTable = { scores: [], subtotals: [], consumed: [] };
	let section: string | null = null;
	let group: string | null = null;
	for (const mark of marks) {
		if (mark.kind === 'section') {
			section = mark.name;
			group = null;
			out.subtotals.push({
				section,
				group: null,
				max_points: mark.max,
				points: null,
				quote: originalSlice(clean, mark.at, mark.end)
			});
			out.consumed.push([mark.at, mark.end]);
			continue;
		}
		if (!section) continue;
		const pts = mark.kind === 'bonus' ? null : POINTS.exec(text.slice(mark.end));
		const points = mark.kind === 'bonus' ? mark.points! : pts ? Number(pts[1]) : null;
		const stop = mark.kind === 'bonus' ? mark.end : mark.end + (pts?.[0].length ?? 0);
		const quote = originalSlice(clean, mark.at, stop).replace(/[。.]$/, '');
		if (mark.kind === 'group') {
			group = mark.name;
			out.subtotals.push({ section, group, max_points: mark.max, points: null, quote });
			out.consumed.push([mark.at, stop]);
			if (points === null) continue;
		}
		if (points === null) continue;
		out.consumed.push([mark.at, stop]);
		const own = /\([^()]*\)/.exec(text.slice(stop, stop + 20));
		if (own && own.index === 0) out.consumed.push([stop, stop + own[0].length]);
		out.scores.push({
			section: mark.kind === 'bonus' ? '加减分' : section,
			group: mark.kind === 'bonus' ? null : group,
			indicator: mark.name,
			max_points: mark.max,
			points,
			quote
		});
	}
	if (out.scores.length === 0) parseRows(clean, from, to, out);
	return out;
}
