/**
 * The record of the last build's pages, kept beside its output (never in it): for each
 * prerendered page its file, the hashes of its HTML and of its data file, and its inputs
 * (what its load read, ../db/inputs.server.ts). Prerendering (incremental.ts) writes a journal
 * line per page as it goes, and stages the data files of the pages it keeps; once the adapter
 * has written the site, `finishRecords` puts those back and turns the journal into the record.
 * A build that fails before that leaves the last record, which names hashes of files that may
 * be gone: such pages are rendered again.
 *
 * Plain JavaScript because svelte.config.js imports it (through scripts/lib/incremental.js).
 */
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * @typedef {{ file: string, html: string, data: string | null,
 *   queries: [number, (string | number | boolean | null)[], string][],
 *   files: [string, string][] }} PageRecord
 * @typedef {{ version: string, sqls: string[], pages: Record<string, PageRecord> }} Records
 * @typedef {{ queries: [string, readonly (string | number | boolean | null)[], string][],
 *   files: [string, string][] }} Inputs
 */

export const RECORDS_CACHE = 'node_modules/.cache/yardstick-pages';

/** The site's output folder (svelte.config.js). */
export const siteOut = () => process.env.YARDSTICK_SITE_OUT ?? 'build';

/**
 * The folder holding the last build's pages: the output folder, unless the build writes a
 * staging folder that will replace another (YARDSTICK_SITE_LAST, the workbench's publishing).
 * Its record is the one read and written.
 */
export const lastOut = () => process.env.YARDSTICK_SITE_LAST ?? siteOut();

/** @param {string | Uint8Array} bytes */
export const hashOf = (bytes) => createHash('sha256').update(bytes).digest('base64url');

/** The record of one output folder. @param {string} out */
export const recordsDir = (out, cache = RECORDS_CACHE) =>
	join(cache, hashOf(resolve(out)).slice(0, 16));

/** @param {string} dir */
const paths = (dir) => ({
	records: join(dir, 'records.json'),
	journal: join(dir, 'journal.jsonl'),
	kept: join(dir, 'kept')
});

/** The data file SvelteKit writes for a page whose load runs on the server. @param {string} page */
export const dataFileOf = (page) => `${page.replace(/\/$/, '')}/__data.json`.slice(1);

/**
 * The last build's record, or null when there is none or its code was another version.
 * @param {string} dir @param {string} version @returns {Records | null}
 */
export function readRecords(dir, version) {
	let records;
	try {
		records = JSON.parse(readFileSync(paths(dir).records, 'utf8'));
	} catch {
		return null;
	}
	return records?.version === version ? records : null;
}

/** The inputs a record names, its queries' SQL written out. @param {Records} records @param {PageRecord} page @returns {Inputs} */
export const inputsOf = (records, page) => ({
	queries: page.queries.map(([id, params, hash]) => [records.sqls[id] ?? '', params, hash]),
	files: page.files
});

/**
 * A new journal for a build of the folder `dir` records (the last one's removed).
 * @param {string} dir
 */
export function journal(dir) {
	const p = paths(dir);
	rmSync(p.journal, { force: true });
	rmSync(p.kept, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	/** @type {Map<string, number>} */
	const sqls = new Map();
	return {
		/**
		 * A page prerendered (or kept: then its data file, to put back in the output).
		 * @param {string} page @param {Inputs} inputs @param {Buffer | null} [keptData]
		 */
		page(page, inputs, keptData) {
			const lines = [];
			const queries = inputs.queries.map(([sql, params, hash]) => {
				let id = sqls.get(sql);
				if (id === undefined) {
					sqls.set(sql, (id = sqls.size));
					lines.push(JSON.stringify({ sql: id, text: sql }));
				}
				return [id, params, hash];
			});
			const kept = keptData !== undefined;
			if (keptData) {
				const file = join(p.kept, dataFileOf(page));
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, keptData);
			}
			lines.push(JSON.stringify({ page, queries, files: inputs.files, kept }));
			appendFileSync(p.journal, lines.join('\n') + '\n');
		}
	};
}

/**
 * After the adapter wrote the site to `out`: puts back the kept pages' data files and records
 * every page written. Gives how many pages were rendered and how many kept.
 * @param {string} dir @param {string} out @param {string} version
 * @param {Map<string, { file: string }>} written the pages SvelteKit wrote
 */
export function finishRecords(dir, out, version, written) {
	const p = paths(dir);
	if (existsSync(p.kept)) cpSync(p.kept, out, { recursive: true });
	/** @type {Records} */
	const records = { version, sqls: [], pages: {} };
	const journaled = new Map();
	const text = existsSync(p.journal) ? readFileSync(p.journal, 'utf8') : '';
	for (const line of text.split('\n')) {
		if (!line) continue;
		const entry = JSON.parse(line);
		if ('sql' in entry) records.sqls[entry.sql] = entry.text;
		else journaled.set(entry.page, entry);
	}
	const counts = { rendered: 0, kept: 0 };
	for (const [page, { file }] of written) {
		const entry = journaled.get(page);
		if (!entry) continue;
		const data = join(out, dataFileOf(page));
		records.pages[page] = {
			file,
			html: hashOf(readFileSync(join(out, file))),
			data: existsSync(data) ? hashOf(readFileSync(data)) : null,
			queries: entry.queries,
			files: entry.files
		};
		counts[entry.kept ? 'kept' : 'rendered']++;
	}
	const temp = `${p.records}.${process.pid}`;
	writeFileSync(temp, JSON.stringify(records));
	renameSync(temp, p.records);
	rmSync(p.journal, { force: true });
	rmSync(p.kept, { recursive: true, force: true });
	return counts;
}
