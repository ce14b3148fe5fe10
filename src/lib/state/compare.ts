/**
 * The compare page's view in its URL: ?metric=…&year=…&counties=…, each written only when
 * it differs from its default. The year's default depends on the metric (the latest year
 * that has it), so defaults are computed per metric, and an old link keeps its meaning.
 */
import type { CompareView } from '../queries/compare.ts';
import type { MetricInfo } from '../queries/metrics.ts';
import type { CountyRow } from '../queries/regions.ts';
import { readState, writeState } from './url.ts';
import { countiesIn, defaultArea } from './provinces.ts';

/**
 * The first view: 年初预算, the first figure of every department report. Fixed rather than
 * "the most reported metric" (expenditure_final today): a default that moves with the data
 * would change what an old link without ?metric= shows.
 */
export const DEFAULT_METRIC = 'budget_initial';

export type Search = '' | `?${string}`;

export interface CompareContext {
	metrics: ReadonlyMap<string, MetricInfo>;
	/** Every county that can be chosen, in display order. */
	counties: readonly string[];
	/** The default choice: the counties of the first place (defaultArea: a province, or its first city). */
	firstCounties: readonly string[];
}

/** A CompareContext from the catalogue and the counties, in display order. */
export function compareContext(
	catalogue: readonly MetricInfo[],
	counties: readonly CountyRow[]
): CompareContext {
	return {
		metrics: new Map(catalogue.map((m) => [m.metric_id, m])),
		counties: counties.map((c) => c.region_code),
		firstCounties: countiesIn(counties, defaultArea(counties)).map((c) => c.region_code)
	};
}

/**
 * The default view for a metric: its latest year, the counties of the first place (all of
 * them while one province holds at most PAGE_COUNTIES; never the whole country at once).
 */
export function compareDefaults(metricId: string, ctx: CompareContext): CompareView {
	const metric = ctx.metrics.get(metricId) ?? ctx.metrics.get(DEFAULT_METRIC);
	return {
		metric: metric?.metric_id ?? metricId,
		year: metric?.years.at(-1) ?? 0,
		counties: [...ctx.firstCounties]
	};
}

export function readCompare(params: URLSearchParams, ctx: CompareContext): CompareView {
	const { metric } = readState(params, { metric: DEFAULT_METRIC }, (_, v) =>
		ctx.metrics.has(String(v))
	);
	const defaults = compareDefaults(metric, ctx);
	const years = ctx.metrics.get(defaults.metric)?.years ?? [];
	const view = readState(params, defaults, (key, v) =>
		key === 'year' ? years.includes(Number(v)) : key === 'metric' ? v === defaults.metric : true
	);
	// Unknown codes are dropped; the rest keep the page's own order, so a view has one URL.
	const wanted = new Set(view.counties);
	return { ...view, counties: ctx.counties.filter((c) => wanted.has(c)) };
}

export function compareSearch(view: CompareView, ctx: CompareContext): Search {
	// The year's default is the latest year of the view's metric; the metric's is DEFAULT_METRIC.
	const defaults = { ...compareDefaults(view.metric, ctx), metric: DEFAULT_METRIC };
	return writeState(
		{ ...view, counties: ctx.counties.filter((c) => view.counties.includes(c)) },
		defaults
	) as Search;
}

/**
 * The view after choosing another metric: a year the reader picked stays when the new
 * metric has it; otherwise the new metric's latest year.
 */
export function withMetric(view: CompareView, metricId: string, ctx: CompareContext): CompareView {
	const before = compareDefaults(view.metric, ctx);
	const after = compareDefaults(metricId, ctx);
	const years = ctx.metrics.get(metricId)?.years ?? [];
	const keep = view.year !== before.year && years.includes(view.year);
	return { ...view, metric: after.metric, year: keep ? view.year : after.year };
}
