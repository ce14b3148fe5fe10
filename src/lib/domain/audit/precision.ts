/**
 * The values a stated figure allows. A figure is as precise as it is written: `371 万元`
 * covers 3,705,000–3,715,000 元, `6.24%` covers 6.235–6.245%. Qualifiers widen that:
 * `超 2.5 万` is any value from 24,500 up, `约 85%` is within APPROX_TOLERANCE of 85 (or
 * one unit of the last digit, whichever is wider).
 *
 * A count written in whole units is exact (`12 个`), while `2.5 万户` is as precise as
 * written.
 *
 * Two statements of the same quantity agree when some value is allowed by both
 * (rounding only). A figure the report computed from others (a change rate, a ratio, a
 * total) is also accepted when it is the exact value truncated: the 2023 乐昌 report
 * writes 6.24% for 6.248% and 2.87% for 2.877%. Restated figures get no such leeway,
 * or `100%` would cover 100.8%.
 */
import { parseFigure, sameNumber } from '../numbers.ts';
import type { Fact, Metric } from '../schema.ts';

export interface Interval {
	lo: number;
	hi: number;
}

/** `约 X` accepts values within this share of X. */
export const APPROX_TOLERANCE = 0.05;

function decimalsOf(n: number): number {
	const s = String(n);
	const dot = s.indexOf('.');
	return dot < 0 || /e/i.test(s) ? 0 : s.length - dot - 1;
}

/** One unit of the figure's last written digit, in the unit the value is stored in. */
export function stepOf(fact: Pick<Fact, 'figure' | 'value'>): number {
	try {
		const parsed = parseFigure(fact.figure);
		if (sameNumber(Math.abs(parsed.value), Math.abs(fact.value))) {
			return parsed.scale / 10 ** parsed.decimals;
		}
	} catch {
		// The build verifies every figure; a hand-made test record may not have one.
	}
	return 1 / 10 ** decimalsOf(fact.value);
}

/** Units of amounts that may be rounded; every other unit counts things (个, 人, 项, 笔…). */
const MEASURED_UNITS = new Set(['元', '%', '‰', '分', '个百分点']);

/** A count written in whole units (`12 个`, `7 人`) is exact: nobody rounds 12.4 projects. */
function exactCount(step: number, metric: Metric | undefined): boolean {
	return metric !== undefined && !MEASURED_UNITS.has(metric.unit) && step <= 1;
}

/** A figure at exactly the metric's maximum (100%, 100 分) claims “all” and is exact. */
function atMax(fact: Pick<Fact, 'value'>, metric: Metric | undefined): boolean {
	return metric?.max !== undefined && sameNumber(fact.value, metric.max);
}

/** The values a stated figure allows. */
export function statedInterval(
	fact: Pick<Fact, 'value' | 'qualifier'>,
	step: number,
	metric?: Metric
): Interval {
	const v = fact.value;
	const h = exactCount(step, metric) ? 0 : step / 2;
	switch (fact.qualifier) {
		case 'ge':
			return { lo: v - h, hi: Infinity };
		case 'le':
			return { lo: -Infinity, hi: v + h };
		case 'approx': {
			const w = Math.max(step, APPROX_TOLERANCE * Math.abs(v));
			return { lo: v - w, hi: v + w };
		}
		default:
			return atMax(fact, metric) ? { lo: v, hi: v } : { lo: v - h, hi: v + h };
	}
}

/** The exact values a figure the report computed may stand for: rounded or truncated. */
export function derivedInterval(
	fact: Pick<Fact, 'value' | 'qualifier'>,
	step: number,
	metric?: Metric
): Interval {
	if (fact.qualifier !== 'eq' || atMax(fact, metric)) return statedInterval(fact, step, metric);
	const v = fact.value;
	const h = step / 2;
	// Truncation reaches up to, not including, the next written value: 98 never stands for 99.
	const under = step * (1 - TRUNCATION_GAP);
	if (v > 0) return { lo: v - h, hi: v + under };
	if (v < 0) return { lo: v - under, hi: v + h };
	return { lo: -under, hi: under };
}

/** Keeps a truncation interval open at its far end, beyond overlaps()'s float slack. */
const TRUNCATION_GAP = 1e-6;

function slack(a: Interval, b: Interval): number {
	const finite = [a.lo, a.hi, b.lo, b.hi].filter(Number.isFinite).map(Math.abs);
	return 1e-9 * Math.max(1, ...finite);
}

export function overlaps(a: Interval, b: Interval): boolean {
	const eps = slack(a, b);
	return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

export function add(a: Interval, b: Interval): Interval {
	return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function subtract(a: Interval, b: Interval): Interval {
	return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

/** numerator / denominator × 100, or null when the denominator may be zero or negative. */
export function percentOf(numerator: Interval, denominator: Interval): Interval | null {
	if (!(denominator.lo > 0) || numerator.lo < 0) return null;
	return { lo: (100 * numerator.lo) / denominator.hi, hi: (100 * numerator.hi) / denominator.lo };
}

/** The % change from `before` to `after`, or null when it cannot be bounded. */
export function percentChange(after: Interval, before: Interval): Interval | null {
	const ratio = percentOf(after, before);
	return ratio && { lo: ratio.lo - 100, hi: ratio.hi - 100 };
}

/** Width of an interval, for picking the most precise of several statements. */
export function width(i: Interval): number {
	return i.hi - i.lo;
}
