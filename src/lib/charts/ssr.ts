/** Build-time rendering: an option → an SVG string, for pages that must not wait for JS. */
import { init, type ChartOption } from './echarts.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './size.ts';

/** zrender's names: `zr`, a counter of chart instances, a kind, a counter (zr27-cls-3). */
const ZR_NAME = /\bzr\d+-([a-z]+-?)(\d+)/g;

/** FNV-1a, 32 bits, in base 36: enough to tell the charts of one page apart. */
function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}

/**
 * zrender's counters run across every chart of a build, so a chart's class names depended
 * on how many charts had been rendered before it, and a rebuild changed pages whose charts
 * had not. Renumbered within the SVG, in order of appearance, and prefixed after its
 * content: the same chart gives the same bytes, and two charts of one page still do not
 * share a name (the <style> rules inside an SVG apply to the whole page). `zrs…` never
 * matches a live instance's `zr<n>-`.
 */
export function stableClassNames(svg: string): string {
	const names = new Map<string, string>();
	const counts = new Map<string, number>();
	const local = svg.replace(ZR_NAME, (name, kind: string) => {
		let renamed = names.get(name);
		if (!renamed) {
			const n = counts.get(kind) ?? 0;
			counts.set(kind, n + 1);
			renamed = `${kind}${n}`;
			names.set(name, renamed);
		}
		return `\u0000${renamed}`;
	});
	// NUL never occurs in an SVG's text, so only the names are replaced.
	return local.replaceAll('\u0000', `zrs${fnv1a(local)}-`);
}

export function renderSvg(option: ChartOption, width = CHART_WIDTH, height = CHART_HEIGHT): string {
	const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
		return stableClassNames(chart.renderToSVGString());
	} finally {
		chart.dispose();
	}
}
