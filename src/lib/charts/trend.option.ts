/** Bars or lines over categories (years, counties): the option both renderers draw. */
import { formatTick } from '../format/index.ts';
import type { ChartOption } from './echarts.ts';
import { COLORS, DASHES, FONT, GRID_LINE, SYMBOLS, TEXT } from './palette.ts';
import type { Series } from './series.ts';

export interface TrendInput {
	categories: string[];
	series: Series[];
	kind: 'bar' | 'line';
	/** Horizontal bars (rankings read better with long county names). */
	horizontal?: boolean;
}

export function trendOption({
	categories,
	series,
	kind,
	horizontal = false
}: TrendInput): ChartOption {
	const unit = series[0]?.unit ?? '';
	// Ticks carry their own 万/亿 (formatTick), so the axis names only the unit.
	const axisName = unit;
	const valueAxis = {
		type: 'value' as const,
		name: axisName,
		nameTextStyle: { color: TEXT, fontFamily: FONT },
		axisLabel: { color: TEXT, fontFamily: FONT, formatter: (v: number) => formatTick(v, unit) },
		splitLine: { lineStyle: { color: GRID_LINE } }
	};
	const categoryAxis = {
		type: 'category' as const,
		data: categories,
		axisLabel: { color: TEXT, fontFamily: FONT, fontSize: 13 },
		axisTick: { alignWithLabel: true },
		inverse: horizontal
	};
	return {
		aria: { enabled: true, decal: { show: kind === 'bar' && series.length > 1 } },
		color: COLORS,
		textStyle: { fontFamily: FONT, color: TEXT },
		grid: {
			left: horizontal ? 110 : 70,
			right: 30,
			top: series.length > 1 ? 48 : 30,
			bottom: 40,
			containLabel: false
		},
		legend:
			series.length > 1
				? { top: 0, textStyle: { color: TEXT, fontFamily: FONT, fontSize: 13 } }
				: undefined,
		tooltip: {
			trigger: 'axis',
			confine: true,
			formatter: (params: unknown) => tooltipText(params, series, categories)
		},
		xAxis: horizontal ? valueAxis : categoryAxis,
		yAxis: horizontal ? categoryAxis : valueAxis,
		series: series.map((s, i) => ({
			id: s.id,
			name: s.name,
			type: kind,
			data: s.points.map((p) => p.value),
			connectNulls: false,
			labelLayout: { hideOverlap: true },
			barMaxWidth: 36,
			symbol: SYMBOLS[i % SYMBOLS.length],
			symbolSize: 9,
			lineStyle: { width: 2.5, type: DASHES[i % DASHES.length] },
			label: {
				show: true,
				position: kind === 'bar' ? (horizontal ? 'right' : 'top') : 'top',
				color: TEXT,
				fontFamily: FONT,
				fontSize: 12,
				formatter: (p: { dataIndex: number }) => s.points[p.dataIndex]?.label ?? ''
			}
		}))
	};
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tooltip: each series' value as formatted, with qualifier, basis and the quote. */
function tooltipText(params: unknown, series: Series[], categories: string[]): string {
	const list = (Array.isArray(params) ? params : [params]) as {
		dataIndex: number;
		seriesIndex: number;
	}[];
	const idx = list[0]?.dataIndex ?? 0;
	const lines = [`<strong>${escapeHtml(categories[idx] ?? '')}</strong>`];
	for (const s of series) {
		const p = s.points[idx];
		if (!p) continue;
		lines.push(`${escapeHtml(s.name)}：${escapeHtml(p.label)}`);
		const fact = p.stated?.values[0]?.facts[0];
		if (fact)
			lines.push(
				`<span style="font-size:12px;color:#555">“${escapeHtml(fact.quote.slice(0, 80))}”——${escapeHtml(`${fact.region_name} ${fact.report_year} 年报告`)}</span>`
			);
	}
	return lines.join('<br/>');
}
