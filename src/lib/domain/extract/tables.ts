/**
 * Figures in tables, as the readers hand them over: rows of cells separated by `|` (from
 * tabs in Word, Excel and web tables), cells one per line (some web conversions), or a
 * form's label on one line and its value on the next. A column heading names the metric
 * (年初预算数, 全年执行数, 执行率 — the catalogue's aliases); the unit may stand only in a
 * heading or a 单位：万元 line; the row is the 合计/总额 row, or the table's only row.
 * In an indicator table the 实际完成值 column is the fact and the 年度指标值 beside it,
 * a target, is never drafted. A quote runs from the heading that names the figure (or
 * states its unit) to its cell, so a reviewer sees both.
 */
import { parseFigure, type ParsedFigure } from '../numbers.ts';
import type { Catalogue } from '../schema.ts';
import type { Assigned } from './assign.ts';
import type { CleanText } from './clean.ts';
import { originalSlice } from './clean.ts';
import type { Figure } from './figures.ts';
import { plain, stripLink } from './label.ts';
import { match, unitFits, type MatchContext, type MetricInfo } from './match.ts';
import { isValue, rowsOf, SCORE_COLUMNS, type Cell, type Row } from './rows.ts';
import { headingMetric, headingWords } from './vocabulary.ts';

export interface TableContext extends MatchContext {
	clean: CleanText;
	catalogue: Catalogue;
	evalYear: number;
}

const BARE = /^[-−]?\d[\d,]*(?:\.\d+)?$/;
const VALUE = /^[-−]?\d[\d,]*(?:\.\d+)?(?:%|‰|[万亿]?元|[\u4e00-\u9fff]{1,2})?$/;
const MONEY_UNIT = /(?:单位|金额单位)?[:：]?\(?(万元|亿元|元)\)?/;
const UNIT_LINE = /^(?:金额)?单位[:：](万元|亿元|元)$/;
const TOTAL = /^(总额|合计|总计|年度资金总额|资金总额|项目资金总额)/;
const TARGET = /^(年度|年初|全年)?(指标值|目标值|预期值|计划值)$/;
const ACTUAL = /^(实际|全年|年度)?(实际)?(完成值|实际值|完成情况值|实现值)$/;
const UNIT_COLUMN = /^(度量|计量)?单位$/;
const UNIT_WORD = /^(%|‰|[万亿]?元|人次|[\u4e00-\u9fff])$/;
const NAME_COLUMN = /(三级指标|指标名称|绩效指标)$/;

/** A row's label: its first cell with text (merged cells leave the first ones empty). */
const label = (r: Row) => plain(r.cells.find((c) => c.text !== '')?.text ?? '');

/** A figure read from a cell, scaled by the unit its table states when it has none. */
function cellFigure(
	clean: CleanText,
	cell: Cell,
	unit: string | null
): [Figure, string | null] | null {
	let parsed: ParsedFigure;
	const bare = !/[^\d.,%‰\-−]/.test(cell.text) && !cell.text.endsWith('%');
	try {
		parsed = parseFigure(cell.text + (bare && unit ? unit : ''));
	} catch {
		return null;
	}
	const written = originalSlice(clean, cell.start, cell.end);
	const figure: Figure = {
		...parsed,
		start: cell.start,
		end: cell.end,
		numberStart: cell.start,
		written,
		inParens: false
	};
	return [figure, bare && unit ? unit : null];
}

/** A bare count (编制 21) fits a metric counted in people or items, never money or a rate. */
const bareFits = (info: MetricInfo, f: Figure) =>
	f.unit === null ? info.unit !== '元' && info.unit !== '%' : unitFits(info, f);

/** The unit a heading row or the line above it states for money, and where it stands. */
function headingUnit(rows: Row[], h: number): Cell | null {
	for (const c of rows[h]!.cells) if (MONEY_UNIT.test(plain(c.text)) && /元/.test(c.text)) return c;
	for (let k = h - 1; k >= Math.max(0, h - 3); k--) {
		const cells = rows[k]!.cells;
		if (cells.length === 1 && UNIT_LINE.test(plain(cells[0]!.text))) return cells[0]!;
	}
	return null;
}

/** Budget tables: columns named by metrics, the total row's cells under them. */
function columnTable(ctx: TableContext, rows: Row[], h: number, out: Assigned[]): void {
	const head = rows[h]!.cells;
	const named = head.map((c) => headingMetric(ctx.catalogue, c.text));
	const first = named.findIndex((m) => m !== null);
	const data: Row[] = [];
	for (let k = h + 1; k < rows.length && k <= h + 12; k++) {
		const cells = rows[k]!.cells;
		if (!cells.some(isValue)) break;
		data.push(rows[k]!);
	}
	const totals = data.filter((r) => TOTAL.test(label(r)));
	const items = data.filter((r) => !/^其中/.test(label(r)));
	const use = totals.length ? totals.slice(0, 1) : items.length === 1 ? items : [];
	const unitCell = headingUnit(rows, h);
	const unit = unitCell ? MONEY_UNIT.exec(plain(unitCell.text))![1]! : null;
	for (const row of use) {
		const b = row.cells.findIndex(isValue);
		const pairs = [0, -1, 1]
			.map((shift) => b - first + shift)
			.map((offset) => pairUp(ctx, head, named, row, offset, unit))
			.find((p) => p !== null);
		for (const [metric, cell, figure, tableUnit] of pairs ?? []) {
			const from = Math.min(
				unitCell && tableUnit ? unitCell.start : Infinity,
				head[named.indexOf(metric)]!.start
			);
			out.push(tableFact(ctx, metric, figure, from, cell.end, tableUnit));
		}
	}
}

type Pair = [string, Cell, Figure, string | null];

/** Cells under named headings at one alignment; null when a unit does not fit its metric. */
function pairUp(
	ctx: TableContext,
	head: Cell[],
	named: (string | null)[],
	row: Row,
	offset: number,
	unit: string | null
): Pair[] | null {
	const out: Pair[] = [];
	for (let j = 0; j < head.length; j++) {
		const metric = named[j];
		const cell = row.cells[j + offset];
		if (!metric || !cell || !isValue(cell)) continue;
		const info = ctx.metrics.get(metric);
		if (!info) return null;
		// A bare number under a rate's heading (执行率 | 0) is in %, unless it could be a
		// fraction (0.95): then whether it means 95% or 0.95% the cell does not say.
		const rate = info.unit === '%' && BARE.test(cell.text);
		if (rate && Number(cell.text.replace(/,/g, '')) > 0 && Number(cell.text.replace(/,/g, '')) <= 1)
			continue;
		const read = cellFigure(ctx.clean, cell, rate ? null : unit);
		if (!read) return null;
		if (!rate && !unitFits(info, read[0])) return null;
		out.push([metric, cell, read[0], read[1]]);
	}
	return out.length ? out : null;
}

/** Indicator tables: the 实际完成值 of each row whose indicator names a metric. */
function indicatorTable(ctx: TableContext, rows: Row[], h: number, out: Assigned[]): void {
	const head = rows[h]!.cells.map((c) => plain(c.text));
	const target = head.findIndex((t) => TARGET.test(t));
	const actual = head.findIndex((t) => ACTUAL.test(t));
	const unitCol = head.findIndex((t) => UNIT_COLUMN.test(t));
	const nameCol = head.findIndex((t) => NAME_COLUMN.test(t));
	for (let k = h + 1; k < rows.length; k++) {
		const cells = rows[k]!.cells;
		if (cells.length < 3 || head.some((t, i) => i > 0 && t === plain(cells[i]?.text ?? '!'))) break;
		// Merged cells leave rows short on the left: find the shift that puts a name before a value.
		for (const shift of [0, -1, -2, 1]) {
			const name = cells[(nameCol >= 0 ? nameCol : target - 1) + shift];
			const value = cells[actual + shift];
			if (!name || !value || isValue(name) || !VALUE.test(value.text)) continue;
			const unitCell = unitCol >= 0 ? cells[unitCol + shift] : undefined;
			const unitText = plain(unitCell?.text ?? '');
			const read = cellFigure(ctx.clean, value, UNIT_WORD.test(unitText) ? unitText : null);
			if (!read) break;
			const label = stripLink(plain(name.text));
			const matched = match(ctx, label, '', read[0], label, label);
			// The quote reaches the unit's cell when the unit stands after the value.
			const end = read[1] && unitCell ? Math.max(value.end, unitCell.end) : value.end;
			if (matched) out.push(tableFact(ctx, matched.metric, read[0], name.start, end, read[1]));
			break;
		}
	}
}

/**
 * A form: a label that names a metric, and beside it (the row's only number) or on the
 * line below it a number alone. A row with several numbers (预算执行率 | 5 | 5) is a
 * score or a table row, not a form.
 */
function formPair(ctx: TableContext, rows: Row[], k: number, out: Assigned[]): void {
	const cells = rows[k]!.cells;
	const values = cells.filter(isValue);
	let pair: [Cell, Cell] | null = null;
	if (values.length === 1) {
		const i = cells.indexOf(values[0]!);
		if (i > 0) pair = [cells[i - 1]!, values[0]!];
	} else if (cells.length === 1 && rows[k + 1]?.cells.length === 1)
		pair = [cells[0]!, rows[k + 1]!.cells[0]!];
	if (!pair || !isValue(pair[1]) || plain(pair[0].text).length > 12) return;
	const metric = headingMetric(ctx.catalogue, pair[0].text);
	const info = metric ? ctx.metrics.get(metric) : undefined;
	const read = cellFigure(ctx.clean, pair[1], null);
	if (!metric || !info || !read || !bareFits(info, read[0])) return;
	out.push(tableFact(ctx, metric, read[0], pair[0].start, pair[1].end, null));
}

function tableFact(
	ctx: TableContext,
	metric: string,
	figure: Figure,
	from: number,
	to: number,
	tableUnit: string | null
): Assigned {
	return {
		metric,
		figure,
		year: ctx.evalYear,
		basis: ctx.metrics.get(metric)!.basis,
		qualifier: figure.qualifier,
		quote: [from, to],
		...(tableUnit ? { tableUnit } : {})
	};
}

/** Facts from the tables of clean[from, to), and the spans they were read from. */
export function readTables(ctx: TableContext, from: number, to: number): Assigned[] {
	const rows = rowsOf(ctx.clean, from, to, headingWords(ctx.catalogue, SCORE_COLUMNS));
	const out: Assigned[] = [];
	rows.forEach((row, h) => {
		const texts = row.cells.map((c) => plain(c.text));
		if (texts.some((t) => TARGET.test(t)) && texts.some((t) => ACTUAL.test(t))) {
			indicatorTable(ctx, rows, h, out);
		} else if (row.cells.filter((c) => headingMetric(ctx.catalogue, c.text)).length >= 2) {
			columnTable(ctx, rows, h, out);
		} else formPair(ctx, rows, h, out);
	});
	bracketUnits(ctx, from, to, out);
	return out;
}

const BRACKET_UNIT =
	/([\u4e00-\u9fff]{2,12})[(（](分|万元|元|%|人|个|项|件)[)）](\d+(?:\.\d+)?)(?=[\u4e00-\u9fff]|$)/g;

/**
 * A form's label with its unit in brackets and the number straight after, no separator
 * (自评总分(分)97.6, cells run together): the label names the metric, the bracket the unit.
 */
function bracketUnits(ctx: TableContext, from: number, to: number, out: Assigned[]): void {
	const text = ctx.clean.text;
	BRACKET_UNIT.lastIndex = from;
	for (let m = BRACKET_UNIT.exec(text); m && m.index < to; m = BRACKET_UNIT.exec(text)) {
		const metric = headingMetric(ctx.catalogue, m[1]!);
		const info = metric ? ctx.metrics.get(metric) : undefined;
		const start = m.index + m[0].length - m[3]!.length;
		const cell = { text: m[3]!, start, end: start + m[3]!.length };
		const read = cellFigure(ctx.clean, cell, m[2]!);
		if (!metric || !info || !read || !unitFits(info, read[0])) continue;
		if (out.some((a) => a.figure.start === start)) continue;
		out.push(tableFact(ctx, metric, read[0], start - m[2]!.length - 2, cell.end, read[1]));
	}
}
