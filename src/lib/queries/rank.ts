/**
 * Ranking regions on one metric, honestly: the direction and the basis come from the
 * catalogue (`better`, `basis`); only figures on the metric's basis are ranked, a figure on
 * another basis (a running total where the year's figure is compared) is shown, not
 * ranked; a region whose reports contradict each other is ranked by neither value; a
 * bound (≥/≤) ranks by the number written, and stays marked as a bound; equal values tie.
 */
import type { Basis } from '../domain/schema.ts';
import type { Better } from './metrics.ts';
import type { Stated } from './stated.ts';

export type RankStatus =
	/** Has a rank: a single stated value and a direction. */
	| 'ranked'
	/** A single value, but the metric has no direction (better: none): ordered, not ranked. */
	| 'unranked'
	/** The reports state two or more values: ranked by neither. */
	| 'conflict'
	/** Stated on another basis than the metric is compared on: shown, never ranked with the rest. */
	| 'basis'
	/** Nothing stated (shown as 未报告, never as 0). */
	| 'missing';

export interface Rank {
	status: RankStatus;
	/** 1 = best; equal values share a rank (1, 1, 3). */
	rank: number | null;
	/** How many regions are ranked. */
	of: number;
	tie: boolean;
	/** Where the rank sits, for colour: best, last, or between; null when not coloured. */
	band: 'top' | 'middle' | 'bottom' | null;
}

/** After the metric's own basis: annual before point before cumulative. */
const BASIS_ORDER: Basis[] = ['annual', 'point', 'cumulative'];

/**
 * One region's figure for a comparison, when it states the metric on more than one basis
 * (an annual and a cumulative figure for the same year): the metric's basis if it has it.
 * The others are kept, to be listed beside it.
 */
export function pickStated(
	list: readonly Stated[],
	primary: Basis
): { shown: Stated | null; others: Stated[] } {
	if (!list.length) return { shown: null, others: [] };
	const order = [primary, ...BASIS_ORDER.filter((b) => b !== primary)];
	const sorted = [...list].sort((a, b) => order.indexOf(a.basis) - order.indexOf(b.basis));
	return { shown: sorted[0]!, others: sorted.slice(1) };
}

/** The number a single stated value ranks by: what is written (a ≥ bound's lower end). */
export const rankValue = (s: Stated): number => s.values[0]!.value;

const same = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const UNRANKED = (status: RankStatus): Rank => ({
	status,
	rank: null,
	of: 0,
	tie: false,
	band: null
});

/** Ranks every entry that has a single value on the metric's basis, in its direction. */
export function rankAll<K>(
	entries: readonly { key: K; stated: Stated | null }[],
	better: Better,
	basis: Basis
): Map<K, Rank> {
	const out = new Map<K, Rank>();
	const single: { key: K; value: number }[] = [];
	for (const e of entries) {
		if (!e.stated) out.set(e.key, UNRANKED('missing'));
		else if (e.stated.values.length > 1) out.set(e.key, UNRANKED('conflict'));
		else if (e.stated.basis !== basis) out.set(e.key, UNRANKED('basis'));
		else if (better === 'none') out.set(e.key, UNRANKED('unranked'));
		else single.push({ key: e.key, value: rankValue(e.stated) });
	}
	const sign = better === 'lower' ? 1 : -1;
	single.sort((a, b) => sign * (a.value - b.value));
	const of = single.length;
	const ranks = single.map((e, i) => {
		let r = i;
		while (r > 0 && same(single[r - 1]!.value, e.value)) r--;
		return r + 1;
	});
	const last = ranks.at(-1) ?? 0;
	single.forEach((e, i) => {
		const rank = ranks[i]!;
		const tie = ranks.filter((r) => r === rank).length > 1;
		const band =
			of < 2 || last === 1 ? null : rank === 1 ? 'top' : rank === last ? 'bottom' : 'middle';
		out.set(e.key, { status: 'ranked', rank, of, tie, band });
	});
	return out;
}

const STATUS_ORDER: RankStatus[] = ['ranked', 'unranked', 'basis', 'conflict', 'missing'];

/**
 * Display order: ranked by rank, then figures without direction by value (largest first),
 * then figures on another basis (by basis, then value), then contradicted figures, then
 * regions that report nothing; `name` breaks ties.
 */
export function byRank<T extends { rank: Rank; stated: Stated | null; name: string }>(
	a: T,
	b: T
): number {
	const s = STATUS_ORDER.indexOf(a.rank.status) - STATUS_ORDER.indexOf(b.rank.status);
	if (s) return s;
	if (a.rank.status === 'ranked') return a.rank.rank! - b.rank.rank! || cmp(a.name, b.name);
	if (a.rank.status === 'basis') {
		const order = BASIS_ORDER.indexOf(a.stated!.basis) - BASIS_ORDER.indexOf(b.stated!.basis);
		if (order) return order;
	}
	if (a.rank.status === 'unranked' || a.rank.status === 'basis')
		return rankValue(b.stated!) - rankValue(a.stated!) || cmp(a.name, b.name);
	return cmp(a.name, b.name);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
