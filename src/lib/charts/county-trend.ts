/** A county's trend (queries/county.ts) as chart series and option, in either language. */
import type { Lang } from '../format/index.ts';
import type { Trend } from '../queries/county.ts';
import type { ChartOption } from './echarts.ts';
import { seriesOf, type Series } from './series.ts';
import { trendOption } from './trend.option.ts';

export function trendSeries(trend: Trend, lang: Lang): Series[] {
	return trend.spec.metrics
		.map((m) => {
			const cells = trend.rows.map((r) => r.cells[m] ?? null);
			const any = cells.find((c) => c !== null);
			if (!any) return null;
			return seriesOf(m, lang === 'zh' ? any.name_zh : any.name_en, any.unit, cells, lang);
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
