/** A county's trend (queries/county.ts) as chart series, option and title, in either language. */
import type { Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import { seriesKey, type Trend } from '../queries/county.ts';
import type { ChartOption } from './echarts.ts';
import { basisLabel, yearLabel } from './labels.ts';
import { seriesOf, type Series } from './series.ts';
import { trendOption } from './trend.option.ts';

export function trendSeries(trend: Trend, lang: Lang): Series[] {
	return trend.spec.metrics
		.map((m) => {
			const cells = trend.rows.map((r) => r.cells[m] ?? null);
			const any = cells.find((c) => c !== null);
			if (!any) return null;
			const name = lang === 'zh' ? any.name_zh : any.name_en;
			// The metric's figures on one of several bases: named by it.
			const named =
				m === seriesKey(any.metric_id, any.basis)
					? name + t('aside', lang, { text: basisLabel(any.basis, lang) })
					: name;
			return seriesOf(m, named, any.unit, cells, lang);
		})
		.filter((s): s is Series => s !== null);
}

export function trendChartOption(trend: Trend, lang: Lang): ChartOption {
	return trendOption({
		categories: trend.categories.map((c) => yearLabel(c, lang)),
		series: trendSeries(trend, lang),
		kind: trend.spec.kind
	});
}

const TITLED = {
	budget: 'trend_budget',
	scores: 'trend_scores',
	projects: 'trend_projects'
} as const;

/** 预算与支出; one metric's trend is named by the metric (and its basis, when several are drawn). */
export function trendTitle(trend: Trend, lang: Lang): string {
	const { id, basis } = trend.spec;
	if (id in TITLED) return t(TITLED[id as keyof typeof TITLED], lang);
	// The metric's name, not a series' (a series may carry its basis).
	const any = trend.rows.flatMap((r) => Object.values(r.cells)).find((c) => c);
	const name = any ? (lang === 'zh' ? any.name_zh : any.name_en) : id;
	return basis ? `${name}${t('aside', lang, { text: basisLabel(basis, lang) })}` : name;
}
