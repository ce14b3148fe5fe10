/**
 * A figure proposed from text the curator selected in the source: each number phrase in
 * the selection (with its qualifier words, scale and unit, as parseFigure reads them),
 * the basis its words imply, and the metrics whose units fit. The curator chooses; nothing
 * here decides.
 */
import { normalizeNumberText, parseFigure, qualifierOf } from '../../../src/lib/domain/numbers.ts';
import type { Basis, Fact, Qualifier, Score } from '../../../src/lib/domain/schema.ts';
import type { MetricOption } from './api.ts';

export interface Candidate {
	/** The phrase as it stands in the selection: what the record's `figure` holds. */
	written: string;
	value: number;
	unit: string | null;
	qualifier: Qualifier;
}

const PHRASE = new RegExp(
	String.raw`(?:超过|超出|突破|不少于|不低于|不超过|不高于|约为|大约|将近|接近|预计|超|逾|约|近|低于)?` +
		String.raw`[\s$]*[-−]?\d[\d,，]*(?:[.。]\d+)?\s*(?:万亿|亿|万|千)?\s*(?:余|多)?\s*` +
		String.raw`(?:个百分点|人次|小时|\\?%|‰|元|个|人|名|台|笔|户|项|件|篇|次|分|单|宗|家|类|条|套|天|倍|册|场|期|批|张|座)?` +
		String.raw`(?:以上|左右|以内|以下|之多|余|多)?`,
	'g'
);

export function figureCandidates(selection: string): Candidate[] {
	const out: Candidate[] = [];
	for (const m of selection.matchAll(PHRASE)) {
		const written = m[0].trim();
		if (!/\d/.test(written)) continue;
		try {
			const p = parseFigure(written);
			out.push({
				written,
				value: Number(p.value.toPrecision(15)),
				unit: p.unit,
				qualifier: p.qualifier
			});
		} catch {
			// Not one number phrase (a date, a code): not proposed.
		}
	}
	return out.filter((c) => !/^\d{4}$/.test(normalizeNumberText(c.written)) || c.unit !== null);
}

/** 累计 / 截至 make a running total; otherwise the year's figure. */
export function basisOf(quote: string): Basis {
	return /累计|截至|截止|总计至/.test(quote) ? 'cumulative' : 'annual';
}

/** The qualifier the figure's own words give, or else the sentence's (预计…, 约…). */
export function qualifierFor(candidate: Candidate, quote: string): Qualifier {
	return candidate.qualifier !== 'eq' ? candidate.qualifier : (qualifierOf(quote) ?? 'eq');
}

/** Metrics measured in the candidate's unit (or any, when it has none). */
export function metricsFor(unit: string | null, metrics: readonly MetricOption[]): MetricOption[] {
	if (unit === null) return [...metrics];
	return metrics.filter((m) => m.unit === unit || m.units.includes(unit));
}

/** Metrics whose id, Chinese or English name contains every word of the query. */
export function searchMetrics(query: string, metrics: readonly MetricOption[]): MetricOption[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return [...metrics];
	return metrics.filter((m) => {
		const hay = `${m.id} ${m.name_zh} ${m.name_en}`.toLowerCase();
		return words.every((w) => hay.includes(w));
	});
}

/** A new figure from a selected sentence: the quote, its basis and the report's year. */
export function factSeed(selection: string, year: number): Fact {
	const quote = selection.trim();
	return { metric: '', year, value: 0, qualifier: 'eq', basis: basisOf(quote), figure: '', quote };
}

/** A new scored indicator from a selected line: `（5 分）` is its maximum, `得分 5` its points. */
export function scoreSeed(selection: string, previous: Score | undefined): Score {
	const quote = selection.trim();
	const max = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(quote)?.[1];
	const points = /得分\s*[:：为]?\s*(\d+(?:\.\d+)?)/.exec(quote)?.[1];
	return {
		section: previous?.section ?? '',
		group: previous?.group ?? null,
		indicator: '',
		max_points: max ? Number(max) : null,
		points: points ? Number(points) : 0,
		quote
	};
}
