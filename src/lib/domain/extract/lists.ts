/**
 * Figures listed together: “A、B、C 分别达到 x、y、z”, ““粤省事”和“粤商通”分别办理事项
 * 983 项和 427 项”, or the figures first: “129 项、218 项高频事项“跨省通办”“省内通办””.
 * They pair up only when there are as many names (or quoted terms) as figures.
 */
import type { Figure } from './figures.ts';
import { plain, stripLink } from './label.ts';
import { match, type MatchContext, type Matched } from './match.ts';

export const LIST_GAP = /^(、|和|及|与|以及|、和)$/;

export function pairList(
	ctx: MatchContext,
	rawLabel: string,
	tail: string,
	group: Figure[],
	ctxText: string,
	sentence: string
): [Matched, Figure, string | undefined][] {
	const k = group.length;
	const at = rawLabel.indexOf('分别');
	const names = plain(at >= 0 ? rawLabel.slice(0, at) : rawLabel)
		.split(/、|和|及|与/)
		.filter(Boolean);
	const suffix = at >= 0 ? plain(rawLabel.slice(at + 2)) : '';
	const out: [Matched, Figure, string | undefined][] = [];
	if (names.length === k) {
		const how = at >= 0 ? undefined : 'paired by order with the names before the list: check';
		group.forEach((f, i) => {
			const m = match(ctx, stripLink(names[i]! + suffix), '', f, ctxText, sentence);
			if (m) out.push([m, f, how]);
		});
		return out;
	}
	const terms = [...tail.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
	if (terms.length === k) {
		const lead = plain(tail.slice(0, tail.indexOf('“')));
		group.forEach((f, i) => {
			const m = match(ctx, '', lead + plain(terms[i]!), f, ctxText, sentence);
			if (m) out.push([m, f, 'paired by order with the quoted terms after the list: check']);
		});
	}
	return out;
}
