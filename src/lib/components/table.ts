/** A table's columns: how a cell is shown, and what its CSV column holds (the raw value). */
import type { CsvCell } from '../export/csv.ts';
import { formatStated, statedCells, type Lang, type StatedFigure } from '../format/index.ts';
import { t } from '../i18n/index.ts';

export interface Column<Row> {
	key: string;
	label: string;
	/** Header in CSV when it differs (CSV holds raw values, so it names the unit). */
	csvLabel?: string;
	numeric?: boolean;
	/** Text shown in the cell; defaults to the raw value. */
	display?: (row: Row) => string;
	/** Value written to CSV; defaults to the raw value. */
	csv?: (row: Row) => CsvCell;
	/** Extra CSV columns this column carries (e.g. the qualifier beside a value). */
	extraCsv?: { label: string; value: (row: Row) => CsvCell }[];
}

export function csvOf<Row>(
	columns: readonly Column<Row>[],
	rows: readonly Row[]
): { header: string[]; body: CsvCell[][] } {
	const get = (row: Row, key: string) => (row as Record<string, CsvCell>)[key];
	const header = columns.flatMap((c) => [
		c.csvLabel ?? c.label,
		...(c.extraCsv ?? []).map((e) => e.label)
	]);
	const body = rows.map((row) =>
		columns.flatMap((c) => [
			c.csv ? c.csv(row) : get(row, c.key),
			...(c.extraCsv ?? []).map((e) => e.value(row))
		])
	);
	return { header, body };
}

interface StatedColumnOptions<Row> {
	key: string;
	label: string;
	/** The unit the CSV's numbers are in (named in its header), when one for the column. */
	unit?: string;
	lang: Lang;
	stated: (row: Row) => StatedFigure | null | undefined;
	/** Also the report each value is quoted from. */
	report?: boolean;
}

/**
 * A column of stated figures: shown as text (≥ ≈ 累计, both values of a contradiction),
 * and in the CSV as the number(s), the qualifier and the figure as written beside it.
 */
export function statedColumn<Row>(o: StatedColumnOptions<Row>): Column<Row> {
	const cells = (row: Row) => statedCells(o.stated(row), o.lang);
	return {
		key: o.key,
		label: o.label,
		csvLabel: o.unit ? t('with_unit', o.lang, { label: o.label, unit: o.unit }) : o.label,
		numeric: true,
		display: (row) => formatStated(o.stated(row), o.lang),
		csv: (row) => cells(row).value,
		extraCsv: [
			{
				label: `${o.label} ${t('qualifier_heading', o.lang)}`,
				value: (row) => cells(row).qualifier
			},
			{ label: t('as_written', o.lang, { label: o.label }), value: (row) => cells(row).figure },
			...(o.report
				? [{ label: t('report_heading', o.lang), value: (row: Row) => cells(row).report }]
				: [])
		]
	};
}
