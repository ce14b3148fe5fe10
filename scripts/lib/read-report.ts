/**
 * Reads a report as plain text whatever it came as: a text file (UTF-8, or the GBK /
 * GB18030 many government systems still write), a saved web page, a PDF with a text
 * layer, a Word .docx or an Excel .xlsx (its 自评表). Says which, and anything the reader
 * had to assume. A scanned PDF and the binary Office formats are refused with what to do.
 */
import { readFile } from 'node:fs/promises';
import { htmlToText } from './html-text.ts';
import { docxToText, officeKind, xlsxToText } from './office-text.ts';
import { pdfToText } from './pdf-text.ts';

export type ReportFormat = 'text' | 'html' | 'pdf' | 'docx' | 'xlsx';

export interface ReportText {
	text: string;
	format: ReportFormat;
	/** True when `text` is the file's bytes unchanged (a UTF-8 text file). */
	verbatim: boolean;
	notes: string[];
}

function decode(bytes: Uint8Array, declared: string | null): { text: string; encoding: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8 (BOM)' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	const tryDecode = (enc: string) => {
		try {
			return new TextDecoder(enc, { fatal: true }).decode(bytes);
		} catch {
			return null;
		}
	};
	for (const enc of [declared, 'utf-8', 'gb18030']) {
		if (!enc) continue;
		const text = tryDecode(
			enc.toLowerCase() === 'gb2312' || enc.toLowerCase() === 'gbk' ? 'gb18030' : enc
		);
		if (text !== null) return { text, encoding: enc.toLowerCase() };
	}
	return {
		text: new TextDecoder('utf-8').decode(bytes),
		encoding: 'utf-8 (with invalid bytes replaced)'
	};
}

function looksLikeHtml(head: string): boolean {
	return /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<p[\s>]|<div[\s>]/i.test(head);
}

export async function readReport(path: string): Promise<ReportText> {
	return readReportBytes(new Uint8Array(await readFile(path)), path);
}

/** The same, for bytes already in memory (an upload); `path` names the file in messages. */
export async function readReportBytes(bytes: Uint8Array, path: string): Promise<ReportText> {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const notes: string[] = [];
	if (head.startsWith('%PDF-') || /\.pdf$/i.test(path)) {
		const pdf = await pdfToText(bytes);
		if (pdf.pagesWithText * 2 < pdf.pages || pdf.text.replace(/\s/g, '').length < 50) {
			throw new Error(
				`${path} has no text layer on ${pdf.pages - pdf.pagesWithText} of its ${pdf.pages} page(s) (a scanned PDF?): it needs OCR first, then extract the text`
			);
		}
		notes.push(
			'read the PDF text layer; lines are rebuilt from positions, so check quotes that span lines'
		);
		if (pdf.columns) notes.push(`read ${pdf.columns} page(s) as two columns, left then right`);
		if (pdf.repeated)
			notes.push(`left out ${pdf.repeated} running header/footer line(s) repeated on each page`);
		return { text: pdf.text, format: 'pdf', verbatim: false, notes };
	}
	const office = officeKind(bytes, path);
	if (office === 'docx') {
		notes.push('read the Word document with its tables one row per line, cells separated by tabs');
		return { text: await docxToText(bytes, path), format: 'docx', verbatim: false, notes };
	}
	if (office === 'xlsx') {
		notes.push(
			'read the workbook one row per line, cells separated by tabs; numbers as stored (a % format is not applied)'
		);
		return { text: await xlsxToText(bytes, path), format: 'xlsx', verbatim: false, notes };
	}
	if (/\.html?$/i.test(path) || looksLikeHtml(head)) {
		const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
		const { text: html, encoding } = decode(bytes, declared);
		if (encoding !== 'utf-8') notes.push(`the page is in ${encoding}`);
		return { text: htmlToText(html), format: 'html', verbatim: false, notes };
	}
	const { text, encoding } = decode(bytes, null);
	if (encoding !== 'utf-8') notes.push(`the file is in ${encoding}; its text is stored as UTF-8`);
	return { text, format: 'text', verbatim: encoding === 'utf-8', notes };
}
