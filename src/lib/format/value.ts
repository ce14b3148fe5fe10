/**
 * The one place a number becomes text. Axes, tooltips, tables and CSV headers all come
 * through here, so a figure reads the same everywhere: 371.02万元, ≥89.65万人, ≈85%.
 */
import type { Basis, Qualifier } from '../domain/schema.ts';
import { zhLocale, type Lang } from './locale.ts';

const QUALIFIER_SIGN: Record<Qualifier, string> = { eq: '', ge: '≥', le: '≤', approx: '≈' };
const UNSCALED = new Set(['%', '‰', '分', '个百分点', '倍']);

export const NOT_REPORTED: Record<Lang, string> = { zh: '未报告', en: 'not reported' };
export const CUMULATIVE: Record<Lang, string> = { zh: '累计', en: 'cumulative' };

export interface Scaled {
	value: number;
	/** 万 or 亿 (or '' when the number is small enough to show whole). */
	scale: '' | '万' | '亿';
}

const fixed = [2, 3, 4].map((d) => zhLocale.format(`,.${d}~f`));
const fixed2 = fixed[0]!;
const fixed1 = zhLocale.format(',.1~f');
const whole = zhLocale.format(',d');

/**
 * Chooses 万/亿 the way the reports themselves write large amounts. The choice is made on
 * the number as shown: 99,999,999 元 is 1亿元, never 10,000万元.
 */
export function scaleOf(value: number, unit: string): Scaled {
	const abs = Math.abs(value);
	if (UNSCALED.has(unit)) return { value, scale: '' };
	if (abs >= 1e8 || Math.abs(Number((value / 1e4).toFixed(2))) >= 1e4)
		return { value: value / 1e8, scale: '亿' };
	if (abs >= 1e4) return { value: value / 1e4, scale: '万' };
	return { value, scale: '' };
}

/** Off a whole number by no more than arithmetic noise (DuckDB's 4789.999999999999). */
const noiseOf = (value: number) => Math.abs(value - Math.round(value)) <= 1e-9 * Math.abs(value);

/**
 * Scaled amounts to two decimals (371.02万元). A number shown whole is never rounded onto a
 * whole number it is not: 99.995% is not 100%, 0.004% is not 0% (up to four decimals).
 */
function digits(value: number, scale: string): string {
	if (scale) return fixed2(value);
	if (Number.isInteger(value) || noiseOf(value)) return whole(Math.round(value));
	let text = fixed2(value);
	for (const f of fixed.slice(1)) if (!text.includes('.')) text = f(value);
	return text;
}

export interface FormatOptions {
	qualifier?: Qualifier | null;
	basis?: Basis | null;
	lang?: Lang;
	/** Leave the unit off (a table column header already names it). */
	bare?: boolean;
}

/** 3710164 元 → "371.02万元"; 896500 人 ge → "≥89.65万人"; null → "未报告". */
export function formatValue(
	value: number | null | undefined,
	unit: string,
	opts: FormatOptions = {}
): string {
	const lang = opts.lang ?? 'zh';
	if (value === null || value === undefined || Number.isNaN(value)) return NOT_REPORTED[lang];
	const s = scaleOf(value, unit);
	const sign = opts.qualifier ? QUALIFIER_SIGN[opts.qualifier] : '';
	const body = `${sign}${digits(s.value, s.scale)}${s.scale}${opts.bare ? '' : unit}`;
	if (opts.basis === 'cumulative')
		return lang === 'zh' ? `${CUMULATIVE.zh}${body}` : `${body} (${CUMULATIVE.en})`;
	return body;
}

/** Compact axis tick: one decimal, scaled; the unit is in the axis name. */
export function formatTick(value: number, unit: string): string {
	const s = scaleOf(value, unit);
	return `${fixed1(s.value)}${s.scale}`;
}

/** The unit a column or axis shows, e.g. "万元" when its values are scaled by 万. */
export function unitLabel(unit: string, values: readonly (number | null)[] = []): string {
	const max = Math.max(0, ...values.filter((v): v is number => v !== null).map(Math.abs));
	return `${scaleOf(max, unit).scale}${unit}`;
}

/** A signed change in percent: +6.24% / -0.36%. */
export function formatChange(ratio: number | null): string {
	if (ratio === null || !Number.isFinite(ratio)) return '—';
	const pct = ratio * 100;
	return `${pct > 0 ? '+' : ''}${fixed2(pct)}%`;
}
