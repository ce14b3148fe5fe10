/** Build-time rendering: an option → an SVG string, for pages that must not wait for JS. */
import { init, type ChartOption } from './echarts.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './size.ts';

export function renderSvg(option: ChartOption, width = CHART_WIDTH, height = CHART_HEIGHT): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
