/**
 * The text of Word and Excel reports. A .docx goes through mammoth to HTML and then the
 * same HTML reader as a saved web page, so its tables come out one row per line with
 * tab-separated cells. An .xlsx is read with read-excel-file: one line per row, cells
 * separated by tabs, sheets in order under their names. Both are uploads from outside:
 * mammoth is told never to open files a document links to, and sizes are bounded.
 * The binary Office formats (.doc, .xls) are refused with what to do instead.
 */
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import { htmlToText } from './html-text.ts';

/** Larger than any self-evaluation report or 自评表; a bound on what an upload may cost. */
export const MAX_OFFICE_BYTES = 50 * 1024 * 1024;
const MAX_CELLS = 200_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export type OfficeKind = 'docx' | 'xlsx';

/** A Word or Excel 97–2003 file: readable once saved in the newer format. */
export class OldOfficeFormat extends Error {
	override name = 'OldOfficeFormat';
	constructor(
		message: string,
		/** Which one the name says it is; null when it says neither. */
		readonly format: 'doc' | 'xls' | null
	) {
		super(message);
	}
}

const OLD_OFFICE = {
	xls: 'an Excel 97–2003 workbook (.xls): save it as .xlsx (Excel or WPS: 另存为 → Excel 工作簿) and read that',
	doc: 'a Word 97–2003 document (.doc): save it as .docx (Word or WPS: 另存为 → Word 文档) and read that',
	either: 'an Office 97–2003 file (.doc or .xls): save it as .docx or .xlsx and read that'
};

/** Which Office format `bytes` hold, by their signature and the names inside the zip; null when none. */
export function officeKind(bytes: Uint8Array, name: string): OfficeKind | null {
	if (startsWith(bytes, OLE2)) {
		const format = /\.xls$/i.test(name) ? 'xls' : /\.doc$/i.test(name) ? 'doc' : null;
		throw new OldOfficeFormat(`${name} is ${OLD_OFFICE[format ?? 'either']}`, format);
	}
	if (!startsWith(bytes, ZIP)) {
		if (/\.(docx|xlsx)$/i.test(name))
			throw new Error(`${name} is not a Word or Excel file: it is not a zip archive`);
		return null;
	}
	const names = new TextDecoder('latin1').decode(
		bytes.subarray(0, Math.min(bytes.length, 1 << 20))
	);
	if (/\.xlsx$/i.test(name) || (!/\.docx$/i.test(name) && names.includes('xl/workbook')))
		return 'xlsx';
	if (/\.docx$/i.test(name) || names.includes('word/document')) return 'docx';
	throw new Error(
		`${name} is a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file`
	);
}

function bounded(bytes: Uint8Array, name: string): Buffer {
	if (bytes.length > MAX_OFFICE_BYTES) {
		throw new Error(
			`${name} is ${bytes.length} bytes, more than the ${MAX_OFFICE_BYTES} an Office report may have`
		);
	}
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
	let html: string;
	try {
		const result = await mammoth.convertToHtml(
			{ buffer: bounded(bytes, name) },
			{
				externalFileAccess: false,
				convertImage: mammoth.images.imgElement(async () => ({ src: '' }))
			}
		);
		html = result.value;
	} catch (e) {
		throw new Error(`${name} could not be read as a Word document: ${(e as Error).message}`, {
			cause: e
		});
	}
	return htmlToText(`<body>${html}</body>`);
}

const cellText = (v: unknown): string => {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return String(v)
		.replace(/\s*\n\s*/g, ' ')
		.trim();
};

export async function xlsxToText(bytes: Uint8Array, name: string): Promise<string> {
	let sheets: { sheet: string; data: unknown[][] }[];
	try {
		// Numbers as written in the cell, not reformatted by JavaScript (251.80 stays 251.80).
		sheets = await readXlsxFile(bounded(bytes, name), {
			parseNumber: (s: string) => s,
			trim: true
		});
	} catch (e) {
		throw new Error(`${name} could not be read as an Excel workbook: ${(e as Error).message}`, {
			cause: e
		});
	}
	const out: string[] = [];
	let cells = 0;
	for (const { sheet, data } of sheets) {
		const rows = data.map((row) => row.map(cellText)).filter((row) => row.some((c) => c !== ''));
		if (rows.length === 0) continue;
		if (sheets.length > 1) out.push(sheet);
		for (const row of rows) {
			cells += row.length;
			if (cells > MAX_CELLS)
				throw new Error(`${name} has more than ${MAX_CELLS} cells: not a report`);
			while (row.length && row[row.length - 1] === '') row.pop();
			out.push(row.join('\t'));
		}
		out.push('');
	}
	return out.join('\n').trimEnd() + '\n';
}
