/**
 * The ECharts build the site uses: only the chart types and components it needs, with the
 * SVG renderer (crisp in print, same output at build time and in the browser).
 */
import { init, use, type ComposeOption } from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	type AriaComponentOption,
	type GridComponentOption,
	type LegendComponentOption,
	type MarkLineComponentOption,
	type TitleComponentOption,
	type TooltipComponentOption
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([
	BarChart,
	LineChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	SVGRenderer
]);

export type ChartOption = ComposeOption<
	| AriaComponentOption
	| BarSeriesOption
	| LineSeriesOption
	| GridComponentOption
	| LegendComponentOption
	| MarkLineComponentOption
	| TitleComponentOption
	| TooltipComponentOption
>;

export { init };
