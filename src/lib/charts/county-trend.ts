/** A county's trend (queries/county.ts) as chart series and option, in either language. */
import type { Lang } from '../format/index.ts';
import { seriesKey, type Trend } from '../queries/county.ts';
import { BASIS_LABEL } from './compare.option.ts';
import type { ChartOption } from './echarts.ts';
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
			const basis = m === seriesKey(any.metric_id, any.basis) ? BASIS_LABEL[any.basis][lang] : null;
			const named = !basis ? name : lang === 'zh' ? `${name}（${basis}）` : `${name} (${basis})`;
			return seriesOf(m, named, any.unit, cells, lang);
		})
		.filter((s): s is Series => s !== null);
}

export function trendChartOption(trend: Trend, lang: Lang): ChartOption {
	return trendOption({
		categories: trend.categories.map((c) => categoryLabel(c, lang)),
		series: trendSeries(trend, lang),
		kind: trend.spec.kind
	});
}

export function categoryLabel(category: number | string, lang: Lang): string {
	return typeof category === 'number' && lang === 'zh' ? `${category}年` : String(category);
}
