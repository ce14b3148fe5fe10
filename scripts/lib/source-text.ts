/**
 * The text of a source report, as the build checks quotes against it. A UTF-8 `.txt`
 * file is its own text, byte for byte (the seed reports). Any other file under
 * data/sources/ (a PDF, a saved web page, a GBK text, and whatever the reader learns
 * next) keeps its original bytes there, and its text is derived by readReportBytes, the
 * reader `npm run extract` and the review workbench use, so the three agree.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReportText } from './read-report.ts';

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
	/** The files read as they are (isVerbatimText). */
	verbatim: Set<string>;
	problems: SourceProblem[];
}

/** Whether a source file is read as it is: a `.txt` file holding valid UTF-8. */
export function isVerbatimText(name: string, bytes: Uint8Array): boolean {
	// Validated without decoding: at nation scale (30,000 sources) decoding cost a second.
	return /\.txt$/i.test(name) && isUtf8(bytes);
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/**
 * Derived texts by the file's bytes and the reader's own code: reading a PDF takes
 * seconds, and the workbench, the data build and every later build read the same one.
 * A change to any reader file or dependency gives a new key, so a hit is exactly what
 * reading would give. YARDSTICK_CACHE=off turns it off (as for parsed records).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = process.env.YARDSTICK_CACHE_DIR
	? join(process.env.YARDSTICK_CACHE_DIR, 'source-text')
	: join(ROOT, 'node_modules/.cache/yardstick-source-text');
let readerKey: string | null = null;

function cacheFile(name: string, bytes: Uint8Array): string {
	if (readerKey === null) {
		const h = createHash('sha256');
		const lib = join(ROOT, 'scripts/lib');
		const files = readdirSync(lib)
			.filter((f) => f.endsWith('.ts'))
			.sort()
			.map((f) => join(lib, f));
		for (const f of [
			...files,
			join(ROOT, 'src/lib/domain/extract/radicals.ts'),
			join(ROOT, 'package-lock.json')
		])
			if (existsSync(f)) h.update(f).update(readFileSync(f));
		readerKey = h.digest('hex').slice(0, 16);
	}
	const ext = name.split('.').pop()!.toLowerCase();
	return join(CACHE, `${sha256(bytes)}-${ext}-${readerKey}.json`);
}

/**
 * The text quotes are checked against, with the format it was read as and what the reader
 * had to assume; throws (naming the file) when it cannot be read.
 */
export async function readSource(name: string, bytes: Uint8Array): Promise<ReportText> {
	if (isVerbatimText(name, bytes)) {
		return { text: Buffer.from(bytes).toString('utf8'), format: 'text', verbatim: true, notes: [] };
	}
	const on = process.env.YARDSTICK_CACHE !== 'off';
	const file = on ? cacheFile(name, bytes) : '';
	if (on && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ReportText;
	// Loaded only when needed: pdf.js alone takes a second or two to load.
	const { readReportBytes } = await import('./read-report.ts');
	// A copy: pdf.js refuses a Node Buffer and may detach the buffer it is given.
	const read = await readReportBytes(new Uint8Array(bytes), name);
	if (on) {
		mkdirSync(CACHE, { recursive: true });
		writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(read));
		renameSync(`${file}.${process.pid}.tmp`, file);
	}
	return read;
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

/**
 * Every source's hash and text. With `verbatim: false` the texts of files read as they are
 * are left out of `texts` (whoever needs one reads its file): the data build verifies on
 * worker threads that do, and at nation scale they were 229 MB held for nothing.
 */
export async function readSourceTexts(dir: string, { verbatim = true } = {}): Promise<SourceTexts> {
	const out: SourceTexts = {
		texts: new Map(),
		hashes: new Map(),
		derived: new Set(),
		verbatim: new Set(),
		problems: []
	};
	for (const name of sourceNames(dir)) {
		const bytes = readFileSync(join(dir, name));
		out.hashes.set(name, sha256(bytes));
		if (isVerbatimText(name, bytes)) {
			out.verbatim.add(name);
			if (!verbatim) continue;
		} else out.derived.add(name);
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
