/**
 * Prerendering that keeps a page whose inputs did not change: the same code version (the app's
 * version is a hash of the code) and every query and file its load read last time with the
 * same hash today (queries answered again, cheap over the in-memory tables). Such a page
 * would render the same bytes, so last build's HTML is given to SvelteKit instead, which
 * writes it and crawls its links as for any page; its data file is put back by the adapter
 * (page-records.js). Any other page renders, its inputs noted for the next build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handle } from '@sveltejs/kit';
import { version } from '$app/environment';
import { readingInputs } from '$lib/db/inputs.server.ts';
import { sameInputs } from '$lib/db/node.server.ts';
import {
	dataFileOf,
	hashOf,
	inputsOf,
	journal,
	lastOut,
	readRecords,
	recordsDir,
	type PageRecord,
	type Records
} from './page-records.js';

let last: Records | null = null;
let pages: ReturnType<typeof journal> | null = null;

/** At the start of prerendering: the last build's record, if its code was this version. */
export function startPrerender(): void {
	const dir = recordsDir(lastOut());
	last = readRecords(dir, version);
	pages = journal(dir);
}

const bytesOf = (file: string) => {
	try {
		return readFileSync(file);
	} catch {
		return null;
	}
};

/** Last build's HTML of a page, if its output is intact and its inputs unchanged. */
async function keep(records: Records, page: string, record: PageRecord) {
	const out = lastOut();
	const html = bytesOf(join(out, record.file));
	if (!html || hashOf(html) !== record.html) return null;
	const data = record.data === null ? null : bytesOf(join(out, dataFileOf(page)));
	if (record.data !== null && (!data || hashOf(data) !== record.data)) return null;
	const inputs = inputsOf(records, record);
	if (!(await sameInputs(inputs))) return null;
	pages?.page(page, inputs, data);
	return html;
}

export const prerenderPage: Handle = async ({ event, resolve }) => {
	if (!pages) return resolve(event);
	// As SvelteKit names the pages it wrote (builder.prerendered) and their files.
	const page = decodeURI(event.url.pathname);
	const record = last?.pages[page];
	const html = record && (await keep(last!, page, record));
	if (html)
		return new Response(new Uint8Array(html), {
			// SvelteKit's prerender reads the route from this header, set when a page renders.
			headers: { 'content-type': 'text/html', 'x-sveltekit-routeid': encodeURI(event.route.id!) }
		});
	const [response, inputs] = await readingInputs(() => resolve(event));
	if (response.ok && response.headers.get('content-type') === 'text/html') pages.page(page, inputs);
	return response;
};
