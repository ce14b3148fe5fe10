/**
 * The extractor on the seed variants (scripts/lib/seed-variants.ts): each variant is
 * extracted and scored against the curated figures put through the same change, and any
 * drafted value that is still the seed's own — a number the variant no longer states —
 * is counted as carried over.
 */
import { extractReports, type ExtractContext } from '../../src/lib/domain/extract/draft.ts';
import { sameNumber } from '../../src/lib/domain/numbers.ts';
import { recordSchema } from '../../src/lib/domain/schema.ts';
import {
	scoreDocument,
	summarizeCorpus,
	type CorpusResult,
	type CorpusRow
} from './corpus-eval.ts';
import { loadInputs } from './load.ts';
import { seedVariants } from './seed-variants.ts';

export function evaluateVariants(
	dataDir: string,
	ctx: ExtractContext
): CorpusResult & { carried: number } {
	const inputs = loadInputs(dataDir);
	const records = inputs.records
		.map((r) => recordSchema.safeParse(r.data))
		.flatMap((r) => (r.success && r.data.status === 'reviewed' ? [r.data] : []));
	const max = (id: string) => ctx.catalogue.metrics.find((m) => m.id === id)?.max;
	const rows: CorpusRow[] = [];
	let carried = 0;
	for (const v of seedVariants(inputs.sources, records, ctx.regions, max)) {
		const started = performance.now();
		const r = extractReports(v.text, 'variant.txt', ctx);
		const drafts = r.notReport === null ? r.drafts : [];
		const row = scoreDocument(v.name, v.text, drafts, v.expected, performance.now() - started);
		if (r.notReport !== null) row.refused = r.notReport;
		const leaked = drafts
			.flatMap((d) => d.record.facts)
			.filter(
				(f) =>
					v.changed.some((c) => c.metric === f.metric && sameNumber(c.value, f.value)) &&
					!v.expected.some((e) => e.metric === f.metric && sameNumber(e.value, f.value))
			);
		if (leaked.length)
			row.notes.push(
				`${leaked.length} seed value(s) carried over: ${leaked.map((f) => `${f.metric} ${f.value}`).join(', ')}`
			);
		carried += leaked.length;
		rows.push(row);
	}
	return { ...summarizeCorpus(rows), carried };
}
