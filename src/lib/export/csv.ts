/**
 * CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting. One writer for the site's table downloads and the build's files.
 */
export const BOM = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

function cell(v: CsvCell): string {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
	// A leading = + - @ would run as a formula in a spreadsheet; quote it as text.
	const guarded = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
	return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One record as toCsv writes it, without the line end (for writers that stream). */
export function csvRow(cells: readonly CsvCell[]): string {
	return cells.map(cell).join(',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [csvRow(header), ...rows.map(csvRow)];
	return BOM + lines.join('\r\n') + '\r\n';
}

/** Parses what toCsv writes (and other RFC 4180 text); strips the BOM. */
export function parseCsv(text: string): string[][] {
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
