/**
 * Picks the metric a figure states: of the rules whose words match and whose metric
 * takes the figure's unit, the one with the longest match (监管事项实施清单 beats
 * 实施清单, 政府采购执行率 beats 执行率).
 */
import type { Basis, Kind } from '../schema.ts';
import type { Figure } from './figures.ts';
import type { Rule } from './rule.ts';

export interface MetricInfo {
	unit: string;
	/** The unit and the other unit words the catalogue allows. */
	units: string[];
	max?: number;
	min?: number;
	/** The catalogue's basis: a figure's basis unless its sentence says otherwise. */
	basis: Basis;
}

export interface MatchContext {
	kind: Kind;
	metrics: Map<string, MetricInfo>;
	/** The rules in code and the catalogue's aliases as rules. */
	rules: Rule[];
}

export function unitFits(info: MetricInfo, f: Figure): boolean {
	if (f.unit === null) return info.unit === '元' && f.scale > 1;
	return info.units.includes(f.unit);
}

/** The metric `label` (before the figure) or `tail` (after it) names, or null. */
export interface Matched {
	metric: string;
	part?: string;
	uncertain?: string;
}

export function match(
	ctx: MatchContext,
	label: string,
	tail: string,
	figure: Figure,
	ctxText: string,
	sentence: string,
	near = label,
	anyUnit = false
): Matched | null {
	let best: (Matched & { score: number }) | null = null;
	for (const rule of ctx.rules) {
		const info = ctx.metrics.get(rule.metric);
		if (!info) continue;
		if (rule.kind && rule.kind !== ctx.kind) continue;
		const pre = rule.pre && label ? rule.pre.exec(label) : null;
		const post = rule.post && tail ? rule.post.exec(tail) : null;
		const ok = rule.both ? pre && post : pre || post;
		if (!ok) continue;
		if (rule.not && rule.not.test(label)) continue;
		if (rule.notNear && rule.notNear.test(near)) continue;
		if (rule.ctx && !rule.ctx.test(ctxText)) continue;
		if (rule.ctxNot && rule.ctxNot.test(sentence)) continue;
		if (rule.min !== undefined && figure.value < rule.min) continue;
		if (!anyUnit && !unitFits(info, figure)) continue;
		if (rule.units && !rule.units.includes(figure.unit ?? '')) continue;
		const score = (pre?.[0].length ?? 0) + (post?.[0].length ?? 0);
		if (!best || score > best.score) {
			best = {
				metric: rule.metric,
				score,
				part: pre && rule.part ? rule.part(pre) : undefined,
				uncertain: rule.uncertain
			};
		}
	}
	return best ? { metric: best.metric, part: best.part, uncertain: best.uncertain } : null;
}
