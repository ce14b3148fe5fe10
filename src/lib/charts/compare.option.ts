/**
 * The compare page's two charts, as pure options: the counties ranked for one year
 * (horizontal bars; project figures and figures on another basis than the metric's are
 * separate series that are never ranked), and each county's figure over the years (lines;
 * a county's figures on two bases are two lines, never joined). The same builders feed the
 * build-time SVG and the live chart.
 */
import type { Basis } from '../domain/schema.ts';
import { formatRank, formatTick, type Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { CompareModel, RankingRow } from '../queries/compare.ts';
import type { Stated } from '../queries/stated.ts';
import type { ChartOption } from './echarts.ts';
import { COLORS, FONT, GRID_LINE, TEXT } from './palette.ts';
import { readableLines, type ReadableLines } from './readable-lines.ts';
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
					: row.rank.status === 'basis'
						? t('basis_not_ranked', lang, { basis: basisLabel(row.stated!.basis, lang) })
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
	else if (row.rank.status === 'basis')
		lines.push(escapeHtml(t('other_basis_figure_not_ranked', lang)));
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

/** Which bar series a row belongs to: ranked counties, counties on another basis, projects. */
type BarSeries = 'department' | 'other-basis' | 'project';

const seriesOfRow = (row: RankingRow): BarSeries =>
	row.entity.project ? 'project' : row.rank.status === 'basis' ? 'other-basis' : 'department';

/** Each series keeps its colour whichever others are shown. */
const SERIES_COLOR: Record<BarSeries, string> = {
	department: COLORS[0]!,
	project: COLORS[1]!,
	'other-basis': COLORS[2]!
};

const SERIES_NAME = {
	department: 'series_department',
	'other-basis': 'series_other_basis',
	project: 'series_projects'
} as const satisfies Record<BarSeries, string>;

/** A legend is drawn when there is more than the ranked counties' series. */
const hasLegend = (model: CompareModel) =>
	model.ranking.some((r) => seriesOfRow(r) !== 'department');

/** Tall enough for every row (project names take two lines), never shorter than the rest. */
export function rankingHeight(model: CompareModel): number {
	const legend = hasLegend(model) ? 40 : 20;
	return Math.max(CHART_HEIGHT, legend + 40 + 48 * model.ranking.length);
}

export function rankingOption(model: CompareModel, lang: Lang): ChartOption {
	const bars = rankingBars(model, lang);
	const unit = model.metric.unit;
	const legend = hasLegend(model);
	const barsOf = (series: BarSeries, color: string) =>
		bars.map((b) => {
			if (seriesOfRow(b.row) !== series || b.point.value === null) return null;
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
	const present = (id: BarSeries) =>
		bars.some((b) => seriesOfRow(b.row) === id && b.point.value !== null);
	// The ranked series stays when it is the only one, even empty (nobody reports).
	const shown = (['department', 'other-basis', 'project'] as const).filter(
		(id) => present(id) || (id === 'department' && !present('other-basis') && !present('project'))
	);
	return {
		aria: { enabled: true },
		color: COLORS,
		textStyle: { fontFamily: FONT, color: TEXT },
		grid: { left: 170, right: 170, top: legend ? 40 : 20, bottom: 40 },
		legend: legend
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
		series: shown.map((id, i) => ({
			id,
			name: t(SERIES_NAME[id], lang),
			type: 'bar' as const,
			data: barsOf(id, SERIES_COLOR[id]),
			itemStyle: { color: SERIES_COLOR[id] },
			barMaxWidth: 28,
			// One bar per row: the series share the row's slot instead of sitting side by side.
			...(i > 0 ? { barGap: '-100%' } : {}),
			label
		}))
	};
}

/**
 * One line per county (and per project), over the years that have any figure. A county
 * whose figures are on more than one basis (2022's annual, 2023's to date) gets one line
 * per basis, named by it: a line between two bases would draw a change the reports do not state.
 */
export function yearsSeries(model: CompareModel, lang: Lang): Series[] {
	const unit = model.metric.unit;
	return model.byYear.flatMap((r) => {
		const bases = [...new Set(r.cells.flatMap((c) => (c ? [c.basis] : [])))];
		const name = entityName(r.entity, lang);
		if (bases.length <= 1)
			return bases.length ? [seriesOf(r.entity.id, name, unit, r.cells, lang)] : [];
		const only = (b: Basis) => r.cells.map((c): Stated | null => (c?.basis === b ? c : null));
		return bases.map((b) =>
			seriesOf(
				`${r.entity.id}|${b}`,
				name + t('aside', lang, { text: basisLabel(b, lang) }),
				unit,
				only(b),
				lang
			)
		);
	});
}

/** Rows the legend wraps to at the chart's width (names are mostly CJK, ~13 px each). */
function legendRows(series: Series[]): number {
	const width = series.reduce((w, s) => w + 40 + 13 * s.name.length, 0);
	return Math.max(1, Math.ceil(width / (CHART_WIDTH - 40)));
}

/** The lines the years chart draws: every series, or (`all` false) a readable few. */
export function yearsLines(model: CompareModel, lang: Lang, all = false): ReadableLines {
	const series = yearsSeries(model, lang);
	const lines = readableLines(series, model.years.indexOf(model.view.year));
	return all ? { ...lines, shown: series, omitted: [], rule: 'all' } : lines;
}

export function yearsOption(model: CompareModel, lang: Lang, all = false): ChartOption {
	const series = yearsLines(model, lang, all).shown;
	const option = trendOption({
		categories: model.years.map((y) => yearLabel(y, lang)),
		series,
		kind: 'line'
	});
	const rows = series.length > 1 ? legendRows(series) : 0;
	return rows > 1 ? { ...option, grid: { ...option.grid, top: 30 + 22 * rows } } : option;
}
