/**
 * The text of a source report, as the build checks quotes against it. A UTF-8 `.txt`
 * file is its own text, byte for byte (the seed reports). Any other file under
 * data/sources/ (a PDF, a saved web page, a GBK text, and whatever the reader learns
 * next) keeps its original bytes there, and its text is derived by readReportBytes, the
 * reader `npm run extract` and the review workbench use, so the three agree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportBytes, type ReportText } from './read-report.ts';

export interface SourceProblem {
	file: string;
	path: string;
	message: string;
}

export interface SourceTexts {
	/** Text by file name (under data/sources/). */
	texts: Map<string, string>;
	/** sha256 of each file's original bytes, by file name. */
	hashes: Map<string, string>;
	/** The files whose text was derived by the reader rather than read as they are. */
	derived: Set<string>;
	problems: SourceProblem[];
}

/** Whether a source file is read as it is: a `.txt` file holding valid UTF-8. */
export function isVerbatimText(name: string, bytes: Uint8Array): boolean {
	if (!/\.txt$/i.test(name)) return false;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/**
 * The text quotes are checked against, with the format it was read as and what the reader
 * had to assume; throws (naming the file) when it cannot be read.
 */
export async function readSource(name: string, bytes: Uint8Array): Promise<ReportText> {
	if (isVerbatimText(name, bytes)) {
		return { text: Buffer.from(bytes).toString('utf8'), format: 'text', verbatim: true, notes: [] };
	}
	// A copy: pdf.js refuses a Node Buffer and may detach the buffer it is given.
	return readReportBytes(new Uint8Array(bytes), name);
}

export async function sourceText(name: string, bytes: Uint8Array): Promise<string> {
	return (await readSource(name, bytes)).text;
}

/** The report files of a sources folder, in a stable order. */
export function sourceNames(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.filter((name) => !name.startsWith('.') && name !== 'README.md');
}

export async function readSourceTexts(dir: string): Promise<SourceTexts> {
	const out: SourceTexts = {
		texts: new Map(),
		hashes: new Map(),
		derived: new Set(),
		problems: []
	};
	for (const name of sourceNames(dir)) {
		const bytes = readFileSync(join(dir, name));
		out.hashes.set(name, createHash('sha256').update(bytes).digest('hex'));
		if (!isVerbatimText(name, bytes)) out.derived.add(name);
		try {
			out.texts.set(name, await sourceText(name, bytes));
		} catch (e) {
			out.problems.push({
				file: `sources/${name}`,
				path: '(file)',
				message: `cannot read its text: ${(e as Error).message}`
			});
		}
	}
	return out;
}
