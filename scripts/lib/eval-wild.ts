/**
 * The extractor on documents it was never written against: every `<slug>.<ext>` in a
 * folder that has a `<slug>.expected.yaml` beside it (its address, whether it is a
 * report, and the figures a person read in it). The document is read as a user's file
 * would be (text, web page, Word, Excel, PDF), then extracted and scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractReports, type ExtractContext } from '../../src/lib/domain/extract/draft.ts';
import {
	scoreDocument,
	summarizeCorpus,
	type CorpusResult,
	type CorpusRow,
	type ExpectedFact
} from './corpus-eval.ts';
import { readReport } from './read-report.ts';

export interface Expected {
	url: string;
	excerpt: boolean;
	report: boolean;
	why?: string;
	kind?: string;
	year?: number;
	facts?: ExpectedFact[];
}

const SUFFIX = '.expected.yaml';

/** The documents of a folder with their expectations, in name order. */
export function corpusFiles(dir: string): { doc: string; path: string; expected: Expected }[] {
	const names = readdirSync(dir);
	return names
		.filter((n) => n.endsWith(SUFFIX))
		.sort()
		.flatMap((n) => {
			const slug = n.slice(0, -SUFFIX.length);
			const doc = names.find((m) => m !== n && m.startsWith(slug + '.') && !m.endsWith('.yaml'));
			if (!doc)
				throw new Error(`${join(dir, n)} has no document beside it (${slug}.txt, .html, .pdf…)`);
			const expected = parseYaml(readFileSync(join(dir, n), 'utf8')) as Expected;
			return [{ doc, path: join(dir, doc), expected }];
		});
}

export async function evaluateCorpus(dir: string, ctx: ExtractContext): Promise<CorpusResult> {
	const rows: CorpusRow[] = [];
	for (const { doc, path, expected } of corpusFiles(dir)) {
		const started = performance.now();
		let text = '';
		let why: string | null;
		let drafts: ReturnType<typeof extractReports> | null = null;
		try {
			text = (await readReport(path)).text;
			drafts = extractReports(text, doc, ctx);
			why = drafts.notReport;
		} catch (e) {
			why = (e as Error).message;
		}
		const found = drafts && drafts.notReport === null ? drafts.drafts : [];
		const row = scoreDocument(doc, text, found, expected.facts ?? [], performance.now() - started);
		if (expected.report && why !== null) row.refused = why;
		if (!expected.report && why === null) row.acceptedWrongly = true;
		if (!expected.report && why !== null) row.notes.push(`refused: ${why.split(':')[0]}`);
		rows.push(row);
	}
	return summarizeCorpus(rows);
}
