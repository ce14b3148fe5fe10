/** A table's columns: how a cell is shown, and what its CSV column holds (the raw value). */
import type { CsvCell } from '../export/csv.ts';

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
