/**
 * Gives the figures of one sentence their metrics: by the rules on the label and tail,
 * by pairing lists (“A、B、C 分别达到 x、y、z”, “129 项、218 项“跨省通办”“省内通办””),
 * and by carrying a subject into a clause that names only a role (决算数为…). Each
 * figure gets its year, basis and qualifier from its own sentence. Anything it cannot
 * tie to one metric stays undrafted.
 */
import { parseFigure, qualifierOf } from '../numbers.ts';
import type { Basis, Qualifier } from '../schema.ts';
import { originalSlice, type CleanText } from './clean.ts';
import { scanFigures, type Figure } from './figures.ts';
import {
	clauseEnd,
	clauseStart,
	CUMULATIVE,
	DIRECTION,
	GOAL,
	NEGATION,
	plain,
	stripLink,
	yearBefore
} from './label.ts';
import { LIST_GAP, pairList } from './lists.ts';
import { match, unitFits, type MatchContext, type Matched } from './match.ts';
import { CHANGE_OF, ROLES } from './rules.ts';
import type { Sentence } from './segment.ts';

export interface Assigned {
	metric: string;
	figure: Figure;
	year: number;
	basis: Basis;
	qualifier: Qualifier;
	/** Clean offsets of the quote. */
	quote: [number, number];
	/** The named piece of the scope the figure covers (信息中心), when only one. */
	part?: string;
	/** The unit a table heading states for a bare number in a cell (万元). */
	tableUnit?: string;
	uncertain?: string;
}

export interface AssignContext extends MatchContext {
	clean: CleanText;
	evalYear: number;
	/** Clean spans already read as scores (自评得分 5 分). */
	consumed: [number, number][];
	/** Figures drafted from the few sentences before this one, latest first. */
	recent?: Assigned[];
}

const PLAN_SENTENCE = /^(绩效)?(目标|指标)(任务)?(值)?:|^(工作)?(计划|打算|思路|目标)[:：]/;
const SHORT_SENTENCE = 100;
const MAX_QUOTE = 120;

/**
 * The quote: the whole sentence when short, else from its start (where the subject
 * usually is) to the end of the figure's clause, else the clause before the label's
 * through the figure's clause.
 */
function quoteRange(text: string, s: Sentence, from: number, to: number): [number, number] {
	let a = s.start;
	let b = s.end;
	if (s.end - s.start > SHORT_SENTENCE) {
		b = to;
		if (b - a > MAX_QUOTE)
			a = Math.max(s.start, clauseStart(text, Math.max(s.start, from - 1), s.start));
	}
	const lead =
		/^(\(?[一二三四五六七八九十\d]{1,3}[)、.]|\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]+是)/.exec(
			text.slice(a, b)
		);
	if (lead && a + lead[0].length < from) a += lead[0].length;
	while (b > a && /[,，;；:：。!?！？|、]/.test(text[b - 1]!)) b--;
	return [a, b];
}

export function assignSentence(
	ctx: AssignContext,
	s: Sentence,
	prev: Sentence | undefined
): Assigned[] {
	const { clean } = ctx;
	const text = clean.text;
	const sentence = text.slice(s.start, s.end);
	if (PLAN_SENTENCE.test(plain(sentence))) return [];
	const ctxText = plain((prev ? text.slice(prev.start, prev.end) : '') + sentence);
	const figures = scanFigures(clean, s.start, s.end, s.start);
	const free = (f: Figure) =>
		!f.inParens && !ctx.consumed.some(([a, b]) => f.start < b && f.end > a);
	const out: Assigned[] = [];

	const finish = (
		{ metric, part }: Matched,
		figure: Figure,
		labelStart: number,
		quoteFrom: number,
		note?: string
	): void => {
		const info = ctx.metrics.get(metric)!;
		const end = clauseEnd(text, figure.end, s.end);
		const clause = plain(text.slice(clauseStart(text, figure.start, s.start), end));
		if (GOAL.test(clause)) return;
		const prefix = text.slice(s.start, figure.start);
		const own = metric.endsWith('_change')
			? yearBefore(text.slice(labelStart, figure.start), ctx.evalYear)
			: yearBefore(prefix, ctx.evalYear);
		const year = own ?? ctx.evalYear;
		if (year > ctx.evalYear) return;
		const quote = quoteRange(text, s, quoteFrom, end);
		const quoted = originalSlice(clean, quote[0], quote[1]);
		let qualifier = figure.qualifier;
		let uncertain = note;
		if (qualifier === 'eq' && /预计|大约/.test(plain(text.slice(labelStart, figure.start)))) {
			if (qualifierOf(quoted) === 'approx') qualifier = 'approx';
			else uncertain ??= 'the sentence says 预计/大约: the figure may be an estimate';
		}
		if (info.max !== undefined && figure.value > info.max) {
			uncertain ??= `${figure.value} is above the largest value ${metric} can take (${info.max})`;
		}
		if (figure.value < (info.min ?? 0)) {
			uncertain ??= `${figure.value} is below the smallest value ${metric} can take (${info.min ?? 0})`;
		}
		if (figure.unit === null && info.unit === '元') {
			uncertain ??= 'no unit written after the number; read as 元';
		}
		if (SPENT.test(metric) && /预算/.test(prefix) && !/决算|实际支出|支出为/.test(prefix)) {
			uncertain ??= 'stated in a sentence about the budget (预算): may be the budgeted amount';
		}
		const basis = basisOf(plain(prefix), info.basis);
		part ??= STAFF.test(metric) ? (subordinate(prefix) ?? undefined) : undefined;
		out.push({ metric, figure, year, basis, qualifier, quote, part, uncertain });
	};

	const consumedIdx = new Set<number>();
	for (let i = 0; i < figures.length; i++) {
		const fig = figures[i]!;
		if (consumedIdx.has(i)) continue;
		if (!free(fig)) {
			const part = fig.inParens && bracketPart(text, fig, figures[i - 1], s.start);
			const label = part ? stripLink(plain(text.slice(part.labelStart, fig.start))) : '';
			const matched = part && match(ctx, label, '', fig, ctxText, sentence);
			if (matched && STAFF.test(matched.metric) && label.length <= 6)
				finish({ metric: matched.metric, part: part.name }, fig, part.labelStart, part.from);
			continue;
		}
		const prevEnd = i > 0 ? figures[i - 1]!.end : s.start;
		const labelStart = Math.max(prevEnd, clauseStart(text, fig.start, s.start));
		const rawLabel = text.slice(labelStart, fig.start);

		let j = i;
		while (
			j + 1 < figures.length &&
			free(figures[j + 1]!) &&
			LIST_GAP.test(text.slice(figures[j]!.end, figures[j + 1]!.start))
		)
			j++;
		if (j > i) {
			const group = figures.slice(i, j + 1);
			group.forEach((_, k) => consumedIdx.add(i + k));
			const tailEnd = clauseEnd(text, group[group.length - 1]!.end, s.end);
			const tail = text.slice(group[group.length - 1]!.end, tailEnd);
			const pairs = pairList(ctx, rawLabel, tail, group, ctxText, sentence);
			for (const [metric, f, how] of pairs) finish(metric, f, labelStart, labelStart, how);
			continue;
		}

		const plainLabel = plain(rawLabel);
		if (NEGATION.test(plainLabel)) continue;
		const dir = DIRECTION.exec(rawLabel);
		let figure = fig;
		let label = stripLink(plain(dir ? rawLabel.slice(0, dir.index) : rawLabel));
		let quoteFrom = labelStart;
		if (!label && labelStart > prevEnd + 1) {
			const before = clauseStart(text, labelStart - 1, Math.max(prevEnd, s.start));
			label = stripLink(plain(text.slice(before, labelStart - 1) + rawLabel));
			quoteFrom = before;
		}
		// “年初批复预算 8 个项目 985 万元”: the words before the count name the amount too.
		if (/^个?项目$/.test(label) && i > 0 && figures[i - 1]!.end === labelStart) {
			const count = figures[i - 1]!;
			const before = clauseStart(text, count.start, s.start);
			label = stripLink(plain(text.slice(before, count.start)));
			quoteFrom = before;
		}
		if (dir) {
			const dirStart = labelStart + dir.index;
			try {
				const written = originalSlice(clean, dirStart, fig.end);
				figure = { ...fig, ...parseFigure(written), start: dirStart, written };
			} catch {
				continue;
			}
		}
		// A table row with two figures in one unit is a target beside its result (≥150台 | 168台)
		// or two years side by side: which is which only the column headings say.
		const apart = (g: Figure) =>
			text.slice(Math.min(g.end, fig.end), Math.max(g.start, fig.start)).includes('|');
		if (figures.some((g) => g !== fig && g.unit === fig.unit && apart(g))) continue;
		const tail = plain(text.slice(fig.end, clauseEnd(text, fig.end, s.end)));
		const near = plain(text.slice(clauseStart(text, labelStart - 1, s.start), fig.start));
		// A change (增长 6.24%) is matched on its base metric's words, whatever the unit.
		let matched = match(ctx, label, tail, figure, ctxText, sentence, near, !!dir);
		if (dir) {
			const change = matched ? CHANGE_OF[matched.metric] : undefined;
			if (!change || figure.unit !== '%' || !ctx.metrics.has(change)) continue;
			matched = { metric: change };
		}
		if (!matched && label.length <= 8) {
			const last = out[out.length - 1]?.metric;
			const role = ROLES.find((r) => r.role.test(label));
			const next = last && role?.next[last];
			if (next && ctx.metrics.has(next) && unitFits(ctx.metrics.get(next)!, figure)) {
				matched = { metric: next };
				quoteFrom = out[out.length - 1]!.quote[0];
			}
		}
		if (!matched) continue;
		const metric = matched.metric;
		// A part (其中…) of a figure drafted just before, in this sentence or, when the
		// sentence opens with 其中, in the few before it. A part equal to its whole adds nothing.
		const whole =
			/其中|包括/.test(text.slice(s.start, fig.start)) &&
			([...out].reverse().find((a) => a.metric === metric) ??
				(/^(其中|包括)/.test(plain(sentence))
					? ctx.recent?.find((a) => a.metric === metric)
					: undefined));
		if (whole && whole.figure.value === figure.value) continue;
		if (whole) matched = { metric, part: matched.part ?? label };
		finish(matched, figure, labelStart, quoteFrom, whole ? PART : matched.uncertain);
	}
	return out;
}

/** “截至 2024 年 12 月 31 日, 编制 15 人”: a level at the year's end, not a running total. */
const YEAR_END = /(截至|截止)(20\d\d年)?(12月31日|年底|年末)/;

function basisOf(prefix: string, fallback: Basis): Basis {
	if (!CUMULATIVE.test(prefix)) return fallback;
	if (fallback === 'point' && YEAR_END.test(prefix) && !/累计|历年|以来/.test(prefix))
		return 'point';
	return 'cumulative';
}

const PART =
	'stated as a part (其中/包括) of a figure for the same metric before it: check the part it covers';
const STAFF = /^staff_/;
const SPENT = /^(basic_expenditure|project_expenditure|personnel_expenditure|public_funds_final)$/;

/**
 * “局本级187人(在职在编139人、退休人员8人)”: a bracket right after a head count breaks it
 * down. The figure's own label starts at the bracket or the 、 before it; the part is what
 * the head count before the bracket was of (局本级). Null for any other bracket.
 */
function bracketPart(
	text: string,
	fig: Figure,
	before: Figure | undefined,
	sentenceStart: number
): { name: string; labelStart: number; from: number } | null {
	const open = Math.max(text.lastIndexOf('(', fig.start), text.lastIndexOf('（', fig.start));
	if (open < sentenceStart || !before || before.end !== open || before.unit !== '人') return null;
	if (/[()（）]/.test(text.slice(open + 1, fig.start))) return null;
	const sep = Math.max(open, text.lastIndexOf('、', fig.start));
	const from = clauseStart(text, before.start, sentenceStart);
	const name = plain(text.slice(from, before.start)).replace(/^(其中|包括)/, '');
	return name.length >= 2 && name.length <= 8 ? { name, labelStart: sep + 1, from } : null;
}

/** “下设…乐昌市信息中心, 核定…编制 8 名”: the staff figures of a subordinate unit. */
function subordinate(prefix: string): string | null {
	const m = /(下设|下属|所属)([^,，。;:]{0,30}?(中心|站|所|队|院|馆))/.exec(plain(prefix));
	return m ? m[2]!.replace(/^.*(单位|[县市区镇])\d*/, '') || null : null;
}
