/**
 * What the county profile adds to countyModel: each headline figure beside the previous
 * year's (with the change only where it is honest to compute), one small trend per
 * service metric, and every other figure the county's reports state, year by year.
 */
import { changeRule, derive } from '../domain/derive.ts';
import { BASES, type Basis } from '../domain/bases.ts';
import type { FactRow } from './facts.ts';
import {
	countyModel,
	PROJECT_METRICS,
	type CountyModel,
	type Trend,
	type TrendSpec
} from './county.ts';
import type { CountyRow, ReportRow } from './regions.ts';
import {
	agreeAtStatedPrecision,
	groupStated,
	statedKey,
	type Agree,
	type Stated
} from './stated.ts';

export interface Headline {
	stated: Stated;
	/**
	 * The same metric and scope one year earlier, on the same basis when stated so, else on
	 * the basis it was stated on (shown, but no change is computed); null when not stated.
	 */
	previous: Stated | null;
	/** (本年 − 上年) ÷ 上年; null when it would not be honest to compute (see `changeOf`). */
	change: number | null;
}

/** Both figures exact, same basis and scope: the domain's change rule (domain/derive.ts). */
export function changeOf(current: Stated, previous: Stated | null): number | null {
	const d = derive(changeRule(current.metric_id, current.basis), current, previous);
	return d.status === 'computed' ? d.value / 100 : null;
}

/** Whole-scope figures only: a fact about a part (信息中心) is not the county's figure. */
export const wholeFacts = (facts: readonly FactRow[]) => facts.filter((f) => !f.part);

export function headlines(
	glance: readonly Stated[],
	facts: readonly FactRow[],
	agree: Agree = agreeAtStatedPrecision
): Headline[] {
	const byKey = new Map(groupStated(wholeFacts(facts), agree).map((s) => [s.key, s]));
	return glance.map((stated) => {
		const before = { ...stated, year: stated.year - 1, part: null };
		const bases = [stated.basis, ...BASES.filter((b) => b !== stated.basis)];
		const previous =
			bases.map((basis) => byKey.get(statedKey({ ...before, basis }))).find(Boolean) ?? null;
		return { stated, previous, change: changeOf(stated, previous) };
	});
}

/** Service metrics drawn as one small chart each when stated for two years or more. */
export const SERVICE_CHART_METRICS = [
	'yzz_kiosks',
	'yzz_transactions',
	'yzz_people_served',
	'yss_users',
	'yst_entities',
	'yzy_accounts',
	'yzy_units',
	'full_online_rate',
	'one_window_rate',
	'review_coverage',
	'supervision_coverage',
	'cloud_rate',
	'service_items',
	'one_thing_items',
	'data_catalogs',
	'open_data_items',
	'hotline_tickets',
	'web_articles'
];

/** One metric over the years; `named`: its basis goes in the title (several are drawn). */
function yearTrend(id: string, list: Stated[], named: boolean): Trend {
	const first = list[0]!;
	const spec: TrendSpec = {
		id,
		metrics: [first.metric_id],
		kind: 'bar',
		...(named ? { basis: first.basis } : {})
	};
	const sorted = [...list].sort((a, b) => a.year - b.year);
	return {
		spec,
		categories: sorted.map((s) => s.year),
		rows: sorted.map((s) => ({ category: s.year, cells: { [first.metric_id]: s } })),
		bases: [first.basis],
		units: [first.unit]
	};
}

/** One trend per service metric (and basis) with figures for two years or more. */
export function serviceTrends(facts: readonly FactRow[], agree: Agree = agreeAtStatedPrecision) {
	const stated = groupStated(
		wholeFacts(facts).filter(
			(f) => f.scope === 'department' && SERVICE_CHART_METRICS.includes(f.metric_id)
		),
		agree
	);
	const groups = new Map<string, Stated[]>();
	for (const s of stated) {
		const k = `${s.metric_id}|${s.basis}`;
		groups.set(k, [...(groups.get(k) ?? []), s]);
	}
	const trends: Trend[] = [];
	for (const metric of SERVICE_CHART_METRICS) {
		const mine = [...groups.entries()].filter(([k]) => k.startsWith(`${metric}|`));
		for (const [k, list] of mine) {
			if (list.length < 2) continue;
			trends.push(yearTrend(k.replace('|', '-'), list, mine.length > 1));
		}
	}
	return trends;
}

export interface FigureRow {
	key: string;
	category: string;
	metric_id: string;
	name_zh: string;
	name_en: string;
	/** The part or project a figure covers, when not the whole department. */
	part: string | null;
	basis: Basis;
	cells: Record<number, Stated | null>;
}

export interface FigureTable {
	years: number[];
	rows: FigureRow[];
}

/** The categories of service figures, in the order the profile lists them. */
export const SERVICE_CATEGORIES = ['service', 'platform', 'kiosk', 'data', 'infrastructure', 'web'];

/**
 * Every figure of these categories not shown in a chart, one row per metric, part and
 * basis, one column per year. A part (局机关) or a project gets its own row: never merged with the whole.
 */
export function otherFigures(
	facts: readonly FactRow[],
	charted: ReadonlySet<string>,
	categories: readonly string[],
	projectMetrics: readonly string[],
	agree: Agree = agreeAtStatedPrecision
): FigureTable {
	const shown = facts.filter(
		(f) =>
			categories.includes(f.category) &&
			(f.scope === 'project'
				? !projectMetrics.includes(f.metric_id)
				: f.part || !charted.has(`${f.metric_id}|${f.basis}`))
	);
	// The part or project goes into the key so it is grouped on its own.
	const keyed = shown.map((f) => {
		const part = f.part ?? (f.scope === 'project' ? f.project_name : null);
		return part ? { ...f, metric_id: `${f.metric_id}@${part}` } : f;
	});
	const stated = groupStated(keyed, agree);
	const years = [...new Set(stated.map((s) => s.year))].sort((a, b) => a - b);
	const rows = new Map<string, FigureRow>();
	for (const s of stated) {
		const k = `${s.metric_id}|${s.basis}`;
		let row = rows.get(k);
		if (!row) {
			const fact = s.values[0]!.facts[0]!;
			row = {
				key: k,
				category: fact.category,
				metric_id: s.metric_id.split('@')[0]!,
				name_zh: s.name_zh,
				name_en: s.name_en,
				part: fact.part ?? (fact.scope === 'project' ? fact.project_name : null),
				basis: s.basis,
				cells: Object.fromEntries(years.map((y) => [y, null]))
			};
			rows.set(k, row);
		}
		row.cells[s.year] = s;
	}
	const rank = (c: string) => categories.indexOf(c);
	return {
		years,
		rows: [...rows.values()].sort(
			(a, b) =>
				rank(a.category) - rank(b.category) ||
				a.metric_id.localeCompare(b.metric_id) ||
				(a.part ?? '').localeCompare(b.part ?? '') ||
				a.basis.localeCompare(b.basis)
		)
	};
}

/** Which metric|basis pairs the profile's charts already show. */
export function chartedKeys(trends: readonly Trend[]): Set<string> {
	const out = new Set<string>();
	for (const t of trends)
		for (const r of t.rows)
			for (const c of Object.values(r.cells)) if (c) out.add(`${c.metric_id}|${c.basis}`);
	return out;
}

export interface CountyProfile {
	model: CountyModel;
	headlines: Headline[];
	/** Budget and scores over the years (department figures). */
	trends: Trend[];
	/** Each project's budget and spending, side by side, never summed. */
	projectTrend: Trend | null;
	service: Trend[];
	other: FigureTable;
}

/** Everything the profile shows, from the county's rows (the same at build time and live). */
export function countyProfile(
	county: CountyRow,
	reports: ReportRow[],
	facts: FactRow[]
): CountyProfile {
	const whole = wholeFacts(facts);
	const model = countyModel(county, reports, whole);
	const trends = model.trends.filter((t) => t.spec.id === 'budget' || t.spec.id === 'scores');
	const projectTrend = model.trends.find((t) => t.spec.id === 'projects') ?? null;
	const service = serviceTrends(facts);
	const charted = chartedKeys([...trends, ...service]);
	return {
		model,
		headlines: headlines(model.glance, facts),
		trends,
		projectTrend,
		service,
		other: otherFigures(facts, charted, SERVICE_CATEGORIES, PROJECT_METRICS)
	};
}
