/**
 * A table's rows as the readers hand them over: lines of cells separated by `|` (tabs in
 * Word, Excel and web tables), runs of one-cell lines regrouped into a heading row and
 * value rows, and a table flattened into one line with spaces between its cells (Word
 * copied as plain text), split back into its heading row and the rows under it.
 */
import type { CleanText } from './clean.ts';

export interface Cell {
	text: string;
	/** Clean offsets. */
	start: number;
	end: number;
}

export interface Row {
	cells: Cell[];
}

// A cell may carry its own scale (150万, 125.25万元): the reader parses it as written.
const NUMBER = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|万元?|亿元?)?$/;
const BLANK = /^(\/|-|—|无)?$/;

export const isValue = (c: Cell | undefined) => !!c && NUMBER.test(c.text);

function cellsOf(clean: CleanText, start: number, end: number): Cell[] {
	const out: Cell[] = [];
	let a = start;
	for (let i = start; i <= end; i++) {
		if (i === end || clean.text[i] === '|') {
			out.push({ text: clean.text.slice(a, i).trim(), start: a, end: i });
			a = i + 1;
		}
	}
	while (out.length && out[out.length - 1]!.text === '') out.pop();
	return out;
}

/** Rows: `|` lines as they are; runs of one-cell lines regrouped into heading and value rows. */
export function rowsOf(clean: CleanText, from: number, to: number, heading: RegExp): Row[] {
	const rows: Row[] = [];
	let run: Cell[] = [];
	const flush = () => {
		if (run.length === 0) return;
		// Headings until the first value, then a label and its values, repeated.
		let i = 0;
		const head: Cell[] = [];
		while (i < run.length && !isValue(run[i])) head.push(run[i++]!);
		if (i < run.length && head.length >= 2) {
			const label = head.pop()!;
			rows.push({ cells: head });
			let cur: Cell[] = [label];
			for (; i < run.length; i++) {
				const c = run[i]!;
				if (isValue(c) || BLANK.test(c.text)) cur.push(c);
				else {
					rows.push({ cells: cur });
					cur = [c];
				}
			}
			rows.push({ cells: cur });
		} else rows.push(...run.map((c) => ({ cells: [c] })));
		run = [];
	};
	for (const line of clean.lines) {
		if (line.start < from || line.end > to) continue;
		const text = clean.text.slice(line.start, line.end);
		const cells = cellsOf(clean, line.start, line.end);
		if (text.endsWith('|') && cells.length <= 1) {
			if (cells.length === 1) run.push(cells[0]!);
			continue;
		}
		flush();
		const spaced = text.includes('|') ? [] : spacedRows(clean, line.start, line.end, heading);
		rows.push(...(spaced.length ? spaced : [{ cells }]));
	}
	flush();
	return rows;
}

/** Headings with no metric that a budget table's heading row carries beside named ones. */
export const SCORE_COLUMNS = ['分值', '得分', '权重'];
const STRUCTURAL = new RegExp(`^(?:${SCORE_COLUMNS.join('|')})$`);
const UNIT_CELL = /[(（](?:单位[:：])?(?:万元|亿元|元)[)）]$/;
const ROW =
	/^([^\d\s|()（）]{2,16}?)([-−]?\d[\d,]*(?:\.\d+)?%?(?: [-−]?\d[\d,]*(?:\.\d+)?%?)*)(?=[\u4e00-\u9fff|]|$)/;

/**
 * A table flattened into one line (Word copied as plain text; cleaning joins the words of
 * its cells): a run of headings, at least two naming metrics, then rows of a label and at
 * most as many numbers, apart by spaces, as there are headings. A unit cell just before
 * the headings (（万元）) joins the heading row. Anything else ends the table.
 * `heading` matches one heading word at its lastIndex (sticky).
 */
function spacedRows(clean: CleanText, start: number, end: number, heading: RegExp): Row[] {
	const text = clean.text;
	const out: Row[] = [];
	for (let i = start; i < end; i++) {
		const head: Cell[] = [];
		let named = 0;
		let at = i;
		for (;;) {
			heading.lastIndex = at;
			const m = heading.exec(text);
			if (!m || m.index !== at || at + m[0].length > end) break;
			head.push({ text: m[0], start: at, end: at + m[0].length });
			if (!STRUCTURAL.test(m[0])) named++;
			at += m[0].length;
		}
		if (named < 2) continue;
		const unit = UNIT_CELL.exec(text.slice(Math.max(start, i - 8), i));
		if (unit) head.unshift({ text: unit[0], start: i - unit[0].length, end: i });
		out.push({ cells: head });
		for (let r = ROW.exec(text.slice(at, end)); r; r = ROW.exec(text.slice(at, end))) {
			const cells: Cell[] = [{ text: r[1]!, start: at, end: at + r[1]!.length }];
			let v = at + r[1]!.length;
			for (const n of r[2]!.split(' ')) {
				cells.push({ text: n, start: v, end: v + n.length });
				v += n.length + 1;
			}
			if (cells.length - 1 > head.length) break;
			out.push({ cells });
			at += r[0].length;
		}
		i = at;
	}
	return out;
}
