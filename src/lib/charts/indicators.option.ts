/**
 * A report's scored indicators as horizontal bars: points over a pale bar of the
 * indicator's maximum, one row per indicator, a heading row per section. An indicator
 * scored above its maximum is drawn in another colour AND labelled 超出分值 in words.
 */
import { formatValue, type Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { IndicatorBlock, IndicatorRow } from '../queries/scores.ts';
import type { ChartOption } from './echarts.ts';
import { COLORS, FONT, GRID_LINE, TEXT } from './palette.ts';
import { CHART_WIDTH } from './size.ts';
import { escapeHtml, quoteLine } from './tooltip.ts';

export interface IndicatorLine {
	label: string;
	/** null for a section's heading row. */
	row: IndicatorRow | null;
}

const ROW_HEIGHT = 24;
const OVER = '#A1001C';
const MAX_FILL = '#E3E8EE';

export function indicatorLines(block: IndicatorBlock): IndicatorLine[] {
	return block.sections.flatMap((s) => [
		{ label: `▌${s.section}`, row: null },
		...s.indicators.map((row) => ({ label: row.indicator, row }))
	]);
}

export const indicatorChartSize = (block: IndicatorBlock) => ({
	width: CHART_WIDTH,
	height: indicatorLines(block).length * ROW_HEIGHT + 70
});

/** "4.2 / 3分 超出分值", "5 / 5分", or "1.5分" for a bonus item without a maximum. */
export function pointsLabel(row: IndicatorRow, lang: Lang): string {
	if (row.max_points === null) return formatValue(row.points, '分', { lang });
	const text = `${formatValue(row.points, '分', { lang, bare: true })} / ${formatValue(row.max_points, '分', { lang })}`;
	return row.over ? `${text} ${overLabel(lang)}` : text;
}

export const overLabel = (lang: Lang) => t('above_max', lang);

export function indicatorsOption(block: IndicatorBlock, lang: Lang): ChartOption {
	const lines = indicatorLines(block);
	const names = [t('max_points_heading', lang), t('points_heading', lang)];
	return {
		aria: { enabled: true },
		color: [MAX_FILL, COLORS[0]!],
		textStyle: { fontFamily: FONT, color: TEXT },
		grid: { left: 250, right: 150, top: 40, bottom: 30, containLabel: false },
		legend: { top: 0, textStyle: { color: TEXT, fontFamily: FONT, fontSize: 13 } },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			confine: true,
			formatter: (params: unknown) => {
				const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
				const row = lines[list[0]?.dataIndex ?? -1]?.row;
				if (!row) return '';
				const where = [row.section, row.group_name].filter(Boolean).join(' / ');
				return [
					`<strong>${escapeHtml(row.indicator)}</strong>`,
					escapeHtml(where),
					escapeHtml(pointsLabel(row, lang)),
					quoteLine(row.quote, row.report_id)
				].join('<br/>');
			}
		},
		xAxis: {
			type: 'value',
			name: '分',
			min: 0,
			nameTextStyle: { color: TEXT, fontFamily: FONT },
			axisLabel: { color: TEXT, fontFamily: FONT },
			splitLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: lines.map((l) => l.label),
			axisTick: { show: false },
			axisLabel: {
				color: TEXT,
				fontFamily: FONT,
				fontSize: 13,
				width: 236,
				overflow: 'truncate',
				formatter: (value: string, index: number) =>
					lines[index]?.row ? value : `{section|${value}}`,
				rich: { section: { fontWeight: 'bold', fontSize: 14, color: TEXT } }
			}
		},
		series: [
			{
				id: 'max',
				name: names[0],
				type: 'bar',
				barWidth: 14,
				itemStyle: { color: MAX_FILL, borderColor: '#8795A6', borderWidth: 1 },
				data: lines.map((l) => l.row?.max_points ?? null),
				silent: true
			},
			{
				id: 'points',
				name: names[1],
				type: 'bar',
				barWidth: 14,
				barGap: '-100%',
				itemStyle: { color: COLORS[0] },
				data: lines.map((l) =>
					l.row
						? { value: l.row.points, itemStyle: { color: l.row.over ? OVER : COLORS[0] } }
						: null
				),
				label: {
					show: true,
					position: 'right',
					distance: 8,
					color: TEXT,
					fontFamily: FONT,
					fontSize: 12,
					formatter: (p: { dataIndex: number }) => {
						const row = lines[p.dataIndex]?.row;
						return row ? pointsLabel(row, lang) : '';
					}
				}
			}
		]
	};
}
