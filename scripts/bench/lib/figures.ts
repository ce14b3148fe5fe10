/**
 * Figures as the reports write them (元 with separators, 万元, %, 万笔 with 突破/约/余…),
 * each paired with the value and qualifier the record must carry. Every figure is parsed
 * back with the build's own parser, so a generator bug fails here, not in the benchmark.
 */
import { parseFigure, sameNumber } from '../../../src/lib/domain/numbers.ts';
import type { Basis, Qualifier } from '../../../src/lib/domain/schema.ts';
import type { Figure } from './text.ts';

function checked(f: Figure): Figure {
	const parsed = parseFigure(f.figure);
	if (!sameNumber(parsed.value, f.value) || parsed.qualifier !== f.qualifier)
		throw new Error(
			`generator: “${f.figure}” reads ${parsed.value} ${parsed.qualifier}, not ${f.value}`
		);
	return f;
}

const grouped = (n: number) => n.toLocaleString('en-US');

/** An amount in 元 from fen: `3,743,016.45 元` or `3743016.45元`. */
export function yuan(metric: string, year: number, fen: number, separators = true): Figure {
	const whole = Math.floor(fen / 100);
	const cents = fen % 100;
	const digits =
		(separators ? grouped(whole) : String(whole)) +
		(cents ? `.${String(cents).padStart(2, '0')}` : '');
	const figure = `${digits}${separators ? ' ' : ''}元`;
	return checked({ metric, year, value: fen / 100, qualifier: 'eq', basis: 'annual', figure });
}

/** An amount in 万元 at `decimals` places, rounded as reports round: `371.02 万元`. */
export function wanYuan(metric: string, year: number, value: number, decimals = 2): Figure {
	const scaled = Math.round(value / 10 ** (4 - decimals));
	const text = String(scaled / 10 ** decimals);
	const figure = `${text} 万元`;
	return checked({
		metric,
		year,
		value: scaled * 10 ** (4 - decimals),
		qualifier: 'eq',
		basis: 'annual',
		figure
	});
}

/** `不超过 3 万元` / `3 万元以内`: an upper bound in whole 万元 at or above the value. */
export function wanYuanAtMost(
	metric: string,
	year: number,
	value: number,
	prefix: boolean
): Figure {
	const wan = Math.ceil(value / 1e4);
	const figure = prefix ? `不超过 ${wan} 万元` : `${wan} 万元以内`;
	return checked({ metric, year, value: wan * 1e4, qualifier: 'le', basis: 'annual', figure });
}

export function percent(
	metric: string,
	year: number,
	value: number,
	basis: Basis,
	qualifier: Qualifier = 'eq'
): Figure {
	const text = String(value);
	const figure =
		qualifier === 'ge' ? `${text}%以上` : qualifier === 'approx' ? `约 ${text}%` : `${text}%`;
	return checked({ metric, year, value, qualifier, basis, figure });
}

/** A stated change in %, `增长 6.24%` / `减少 2.1%`, from two amounts; null when 0.00%. */
export function change(metric: string, year: number, after: number, before: number): Figure | null {
	const rate = Math.round((after / before - 1) * 1e4) / 100;
	if (rate === 0) return null;
	const figure = `${rate > 0 ? '增长' : '减少'} ${Math.abs(rate)}%`;
	return checked({ metric, year, value: rate, qualifier: 'eq', basis: 'annual', figure });
}

export function count(
	metric: string,
	year: number,
	n: number,
	unit: string,
	basis: Basis,
	separators = false
): Figure {
	const figure = `${separators ? grouped(n) : n} ${unit}`;
	return checked({ metric, year, value: n, qualifier: 'eq', basis, figure });
}

export type WanStyle = 'at-least' | 'about' | 'about-after' | 'more-than' | 'exact';

/**
 * A count in 万 as reports round it: `突破 93 万笔` and `超 2.5 万户` (floored, ge),
 * `约 12 万人次` / `12 万人次左右` (rounded, approx), `1.2 万余件` (floored, ge),
 * `345.6 万笔` (rounded, eq).
 */
export function wanCount(
	metric: string,
	year: number,
	n: number,
	unit: string,
	basis: Basis,
	style: WanStyle,
	decimals = 0
): Figure {
	const step = 10 ** (4 - decimals);
	const floored = style === 'at-least' || style === 'more-than';
	const scaled = floored ? Math.floor(n / step) : Math.round(n / step);
	const text = (scaled / 10 ** decimals).toFixed(decimals);
	const qualifier: Qualifier = floored ? 'ge' : style === 'exact' ? 'eq' : 'approx';
	const figure = {
		'at-least': `突破 ${text} 万${unit}`,
		'more-than': `${text} 万余${unit}`,
		about: `约 ${text} 万${unit}`,
		'about-after': `${text} 万${unit}左右`,
		exact: `${text} 万${unit}`
	}[style];
	return checked({ metric, year, value: scaled * step, qualifier, basis, figure });
}

/** `超 2.5 万户`: at least, floored to `decimals` places of 万. */
export function overWan(
	metric: string,
	year: number,
	n: number,
	unit: string,
	basis: Basis,
	decimals = 1
): Figure {
	const step = 10 ** (4 - decimals);
	const scaled = Math.floor(n / step);
	const figure = `超 ${(scaled / 10 ** decimals).toFixed(decimals)} 万${unit}`;
	return checked({ metric, year, value: scaled * step, qualifier: 'ge', basis, figure });
}

export const department = (f: Figure): Figure => ({ ...f, scope: 'department' });
