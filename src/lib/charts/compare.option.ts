/**
 * The compare page's two charts, as pure options: the counties ranked for one year
 * (horizontal bars; project figures a separate series that is never ranked), and each
 * county's figure over the years (lines). The same builders feed the build-time SVG and
 * the live chart.
 */
import { formatRank, formatTick, type Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { CompareModel, RankingRow } from '../queries/compare.ts';
import type { ChartOption } from './echarts.ts';
import { COLORS, FONT, GRID_LINE, TEXT } from './palette.ts';
import { pointOf, seriesOf, type Series, type SeriesPoint } from './series.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './size.ts';
import { basisLabel, entityName, yearLabel } from './labels.ts';
import { escapeHtml, quoteLine } from './tooltip.ts';
import { trendOption } from './trend.option.ts';

export interface RankingBar {
	row: RankingRow;
	/** Axis label: the county (or county and project), with 未报告 / 说法不一 when so. */
	category: string;
	point: SeriesPoint;
	rankText: string;
}

export function rankingBars(model: CompareModel, lang: Lang): RankingBar[] {
	return model.ranking.map((row) => {
		const point = pointOf(row.stated, lang);
		const base = entityName(row.entity, lang, '\n');
		const status =
			row.rank.status === 'missing'
				? point.label
				: row.rank.status === 'conflict'
					? t('reports_disagree', lang)
					: '';
		return {
			row,
			category: status ? `${base}${t('aside', lang, { text: status })}` : base,
			point,
			rankText: formatRank(row.rank, lang)
		};
	});
}

function tooltip(bar: RankingBar, lang: Lang): string {
	const { row, point } = bar;
	const lines = [`<strong>${escapeHtml(entityName(row.entity, lang))}</strong>`];
	lines.push(escapeHtml(point.label));
	if (row.stated) lines.push(escapeHtml(basisLabel(row.stated.basis, lang)));
	if (bar.rankText) lines.push(escapeHtml(bar.rankText));
	else if (row.entity.project) lines.push(escapeHtml(t('project_figure_not_ranked', lang)));
	for (const v of row.stated?.values ?? []) {
		const f = v.facts[0]!;
		const where = t('report_of', lang, { region: f.region_name, year: f.report_year });
		lines.push(quoteLine(f.quote, where));
	}
	return lines.join('<br/>');
}

/** Cumulative figures: a paler bar with a dashed outline, besides the 累计 in its label. */
const cumulativeStyle = (color: string) => ({
	color: `rgba(${[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(',')},0.35)`,
	borderColor: color,
	borderType: 'dashed' as const,
	borderWidth: 2
});

/** Tall enough for every row (project names take two lines), never shorter than the rest. */
export function rankingHeight(model: CompareModel): number {
	const legend = model.ranking.some((r) => r.entity.project) ? 40 : 20;
	return Math.max(CHART_HEIGHT, legend + 40 + 48 * model.ranking.length);
}

export function rankingOption(model: CompareModel, lang: Lang): ChartOption {
	const bars = rankingBars(model, lang);
	const unit = model.metric.unit;
	const hasProjects = bars.some((b) => b.row.entity.project);
	const seriesOfScope = (project: boolean, color: string) =>
		bars.map((b) => {
			if (Boolean(b.row.entity.project) !== project || b.point.value === null) return null;
			const cumulative = b.row.stated?.basis === 'cumulative';
			return { value: b.point.value, itemStyle: cumulative ? cumulativeStyle(color) : undefined };
		});
	const label = {
		show: true,
		position: 'right' as const,
		color: TEXT,
		fontFamily: FONT,
		fontSize: 12,
		formatter: (p: { dataIndex: number }) => {
			const b = bars[p.dataIndex];
			return b ? [b.point.label, b.rankText].filter(Boolean).join(' · ') : '';
		}
	};
	const names = {
		department: t('series_department', lang),
		project: t('series_projects', lang)
	};
	return {
		aria: { enabled: true },
		color: COLORS,
		textStyle: { fontFamily: FONT, color: TEXT },
		grid: { left: 170, right: 170, top: hasProjects ? 40 : 20, bottom: 40 },
		legend: hasProjects
			? { top: 0, textStyle: { color: TEXT, fontFamily: FONT, fontSize: 13 } }
			: undefined,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: unknown) => {
				const b = bars[(p as { dataIndex: number }).dataIndex];
				return b ? tooltip(b, lang) : '';
			}
		},
		xAxis: {
			type: 'value',
			name: unit,
			nameTextStyle: { color: TEXT, fontFamily: FONT },
			axisLabel: { color: TEXT, fontFamily: FONT, formatter: (v: number) => formatTick(v, unit) },
			splitLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: bars.map((b) => b.category),
			axisLabel: { color: TEXT, fontFamily: FONT, fontSize: 13, lineHeight: 17 },
			axisTick: { alignWithLabel: true }
		},
		series: [
			{
				id: 'department',
				name: names.department,
				type: 'bar',
				data: seriesOfScope(false, COLORS[0]!),
				barMaxWidth: 28,
				label
			},
			...(hasProjects
				? [
						{
							id: 'project',
							name: names.project,
							type: 'bar' as const,
							data: seriesOfScope(true, COLORS[1]!),
							barMaxWidth: 28,
							// One bar per row: the two series share the row's slot instead of sitting side by side.
							barGap: '-100%',
							label
						}
					]
				: [])
		]
	};
}

/** One line per county (and per project), over the years that have any figure. */
export function yearsSeries(model: CompareModel, lang: Lang): Series[] {
	return model.byYear
		.filter((r) => r.cells.some((c) => c !== null))
		.map((r) =>
			seriesOf(r.entity.id, entityName(r.entity, lang), model.metric.unit, r.cells, lang)
		);
}

/** Rows the legend wraps to at the chart's width (names are mostly CJK, ~13 px each). */
function legendRows(series: Series[]): number {
	const width = series.reduce((w, s) => w + 40 + 13 * s.name.length, 0);
	return Math.max(1, Math.ceil(width / (CHART_WIDTH - 40)));
}

export function yearsOption(model: CompareModel, lang: Lang): ChartOption {
	const series = yearsSeries(model, lang);
	const option = trendOption({
		categories: model.years.map((y) => yearLabel(y, lang)),
		series,
		kind: 'line'
	});
	const rows = series.length > 1 ? legendRows(series) : 0;
	return rows > 1 ? { ...option, grid: { ...option.grid, top: 30 + 22 * rows } } : option;
}
