/**
 * Scoring a corpus the extractor was not written against (the wild reports, the seed
 * variants): per document the figures drafted, curated and matched (metric, year, value
 * and qualifier, each curated figure at most once), how many matched figures also agree
 * on basis, whether a genuine report was refused or a non-report drafted, and any drafted
 * quote that is not in the text it came from.
 */
import type { Draft } from '../../src/lib/domain/extract/draft.ts';
import { findQuote, fold } from '../../src/lib/domain/quotes.ts';
import type { Basis, Fact, Qualifier } from '../../src/lib/domain/schema.ts';
import { ratio, same } from './extract-eval.ts';

export interface ExpectedFact {
	metric: string;
	year: number;
	value: number;
	qualifier: Qualifier;
	basis: Basis;
	quote?: string;
	part?: string;
}

export interface CorpusRow {
	doc: string;
	drafted: number;
	curated: number;
	matched: number;
	/** Matched figures whose basis (annual/cumulative/point) agrees too. */
	basisAgrees: number;
	/** Why a genuine report was refused (by the reader or the extractor). */
	refused?: string;
	/** A non-report that was drafted anyway. */
	acceptedWrongly?: boolean;
	/** Drafted quotes not found in the text. */
	quotesMissing: string[];
	/** Extra remarks (values carried over from the original, the reader's notes). */
	notes: string[];
	ms: number;
}

export interface CorpusResult {
	rows: CorpusRow[];
	drafted: number;
	curated: number;
	matched: number;
	precision: number;
	recall: number;
	refused: string[];
	acceptedWrongly: string[];
	quotesMissing: number;
}

/** Pairs of drafted and curated figures that match, each curated figure used once. */
export function matchPairs(drafted: Fact[], curated: ExpectedFact[]): [Fact, ExpectedFact][] {
	const used = new Set<number>();
	const out: [Fact, ExpectedFact][] = [];
	for (const d of drafted) {
		const i = curated.findIndex((c, k) => !used.has(k) && same(d, c));
		if (i >= 0) {
			used.add(i);
			out.push([d, curated[i]!]);
		}
	}
	return out;
}

export function scoreDocument(
	doc: string,
	text: string,
	drafts: Draft[],
	curated: ExpectedFact[],
	ms: number
): CorpusRow {
	const facts = drafts.flatMap((d) => d.record.facts);
	const pairs = matchPairs(facts, curated);
	const hay = fold(text);
	return {
		doc,
		drafted: facts.length,
		curated: curated.length,
		matched: pairs.length,
		basisAgrees: pairs.filter(([d, c]) => d.basis === c.basis).length,
		quotesMissing: facts.filter((f) => findQuote(hay, f.quote).length === 0).map((f) => f.quote),
		notes: [],
		ms
	};
}

export function summarizeCorpus(rows: CorpusRow[]): CorpusResult {
	const sum = (k: 'drafted' | 'curated' | 'matched') => rows.reduce((n, r) => n + r[k], 0);
	const drafted = sum('drafted');
	const curated = sum('curated');
	const matched = sum('matched');
	return {
		rows,
		drafted,
		curated,
		matched,
		precision: drafted ? matched / drafted : 1,
		recall: curated ? matched / curated : 1,
		refused: rows.filter((r) => r.refused).map((r) => r.doc),
		acceptedWrongly: rows.filter((r) => r.acceptedWrongly).map((r) => r.doc),
		quotesMissing: rows.reduce((n, r) => n + r.quotesMissing.length, 0)
	};
}

export function formatCorpus(title: string, result: CorpusResult): string {
	const head = [
		'document',
		'drafted',
		'curated',
		'matched',
		'precision',
		'recall',
		'basis',
		'ms',
		'notes'
	];
	const line = (r: CorpusRow) => [
		r.doc,
		String(r.drafted),
		String(r.curated),
		String(r.matched),
		ratio(r.matched, r.drafted),
		ratio(r.matched, r.curated),
		ratio(r.basisAgrees, r.matched),
		String(Math.round(r.ms)),
		[
			r.refused ? `REFUSED: ${r.refused}` : '',
			r.acceptedWrongly ? 'DRAFTED A NON-REPORT' : '',
			r.quotesMissing.length ? `${r.quotesMissing.length} quote(s) not in the source` : '',
			...r.notes
		]
			.filter(Boolean)
			.join('; ')
	];
	const table = [head, ...result.rows.map(line)];
	const widths = head.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
	const fmt = (row: string[]) =>
		row
			.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	const total =
		`${title}: precision ${ratio(result.matched, result.drafted)} (${result.matched}/${result.drafted}) · ` +
		`recall ${ratio(result.matched, result.curated)} (${result.matched}/${result.curated}) · ` +
		`refused genuine ${result.refused.length} · drafted non-reports ${result.acceptedWrongly.length} · ` +
		`quotes not in source ${result.quotesMissing}`;
	return [`── ${title} ──`, fmt(head), ...result.rows.map((r) => fmt(line(r))), total].join('\n');
}
