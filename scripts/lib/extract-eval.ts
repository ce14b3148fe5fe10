/**
 * Scores the extractor against the curated records: every seed source is extracted
 * afresh, each draft is paired with the curated record of the same report, and figures
 * match on metric, year, value and qualifier (each curated figure matched at most once).
 * The only code that reads data/records for the extractor; the extractor never does.
 */
import { extractReports } from '../../src/lib/domain/extract/draft.ts';
import { sameNumber } from '../../src/lib/domain/numbers.ts';
import { recordSchema, type EvaluationRecord, type Fact } from '../../src/lib/domain/schema.ts';
import { catalogueIndex, verifyRecord } from '../../src/lib/domain/verify.ts';
import { loadExtractContext } from './extract-context.ts';
import { loadInputs } from './load.ts';

export interface EvalRow {
	report: string;
	draft: string | null;
	drafted: number;
	curated: number;
	matched: number;
	scoresDrafted: number;
	scoresCurated: number;
	scoresMatched: number;
	/** Problems `npm run data` would report for the draft. */
	problems: string[];
}

export interface EvalResult {
	rows: EvalRow[];
	total: EvalRow;
	precision: number;
	recall: number;
	ms: number;
}

/** A drafted figure matches a curated one on metric, year, value and qualifier. */
export const same = (a: Pick<Fact, 'metric' | 'year' | 'value' | 'qualifier'>, b: typeof a) =>
	a.metric === b.metric &&
	a.year === b.year &&
	a.qualifier === b.qualifier &&
	sameNumber(a.value, b.value);

export function countMatches<T>(drafted: T[], curated: T[], eq: (a: T, b: T) => boolean): number {
	const used = new Set<number>();
	let n = 0;
	for (const d of drafted) {
		const i = curated.findIndex((c, k) => !used.has(k) && eq(d, c));
		if (i >= 0) {
			used.add(i);
			n++;
		}
	}
	return n;
}

function overlap(a: [number, number], b: [number, number]): number {
	return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
}

function pair(draft: EvaluationRecord, curated: EvaluationRecord[]): EvaluationRecord | null {
	const same = curated.filter((c) => c.source.file === draft.source.file);
	const byName = same.find((c) => c.project_name && c.project_name === draft.project_name);
	if (byName) return byName;
	const ranked = same
		.map((c) => [c, overlap(c.source.lines, draft.source.lines)] as const)
		.filter(([, o]) => o > 0)
		.sort((a, b) => b[1] - a[1]);
	return ranked[0]?.[0] ?? null;
}

export function evaluateExtractor(dataDir = 'data'): EvalResult {
	const started = performance.now();
	const inputs = loadInputs(dataDir);
	const ctx = loadExtractContext(dataDir);
	const curated = inputs.records
		.map((r) => recordSchema.safeParse(r.data))
		.filter((r) => r.success)
		.map((r) => r.data)
		.filter((r) => r.status === 'reviewed');
	const vctx = {
		metrics: catalogueIndex(ctx.catalogue),
		regions: new Map(ctx.regions.map((r) => [r.code, r])),
		sources: inputs.sources
	};
	const rows: EvalRow[] = [];
	const paired = new Set<EvaluationRecord>();
	for (const [file, text] of inputs.sources) {
		const result = extractReports(text, file, ctx);
		const drafts = result.notReport === null ? result.drafts : [];
		for (const { record } of drafts) {
			const c = pair(record, curated);
			if (c) paired.add(c);
			const { problems } = verifyRecord(record, `${record.report_id}.yaml`, vctx);
			rows.push({
				report: c?.report_id ?? `(none) ${file}`,
				draft: record.report_id,
				drafted: record.facts.length,
				curated: c?.facts.length ?? 0,
				matched: c ? countMatches(record.facts, c.facts, same) : 0,
				scoresDrafted: record.scores.length,
				scoresCurated: c?.scores.length ?? 0,
				scoresMatched: c
					? countMatches(
							record.scores,
							c.scores,
							(a, b) =>
								a.points === b.points &&
								a.max_points === b.max_points &&
								a.indicator.replace(/\s/g, '') === b.indicator.replace(/\s/g, '')
						)
					: 0,
				problems: problems.map((p) => `${p.path}: ${p.message}`)
			});
		}
	}
	for (const c of curated) {
		if (paired.has(c)) continue;
		rows.push({
			report: c.report_id,
			draft: null,
			drafted: 0,
			curated: c.facts.length,
			matched: 0,
			scoresDrafted: 0,
			scoresCurated: c.scores.length,
			scoresMatched: 0,
			problems: []
		});
	}
	rows.sort((a, b) => a.report.localeCompare(b.report));
	const sum = (k: keyof EvalRow) => rows.reduce((n, r) => n + (r[k] as number), 0);
	const total: EvalRow = {
		report: 'overall',
		draft: null,
		drafted: sum('drafted'),
		curated: sum('curated'),
		matched: sum('matched'),
		scoresDrafted: sum('scoresDrafted'),
		scoresCurated: sum('scoresCurated'),
		scoresMatched: sum('scoresMatched'),
		problems: rows.flatMap((r) => r.problems)
	};
	return {
		rows,
		total,
		precision: total.drafted ? total.matched / total.drafted : 1,
		recall: total.curated ? total.matched / total.curated : 1,
		ms: performance.now() - started
	};
}

export const ratio = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function formatEval(result: EvalResult): string {
	const head = [
		'report',
		'draft',
		'drafted',
		'curated',
		'matched',
		'precision',
		'recall',
		'scores P/R',
		'verify'
	];
	const line = (r: EvalRow) => [
		r.report,
		r.draft ?? (r === result.total ? '' : '(not drafted)'),
		String(r.drafted),
		String(r.curated),
		String(r.matched),
		ratio(r.matched, r.drafted),
		ratio(r.matched, r.curated),
		`${ratio(r.scoresMatched, r.scoresDrafted)} / ${ratio(r.scoresMatched, r.scoresCurated)}`,
		r.problems.length ? `${r.problems.length} problem(s)` : 'ok'
	];
	const table = [head, ...result.rows.map(line), line(result.total)];
	const widths = head.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
	const fmt = (row: string[]) =>
		row
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	const out = [fmt(head), widths.map((w) => '─'.repeat(w)).join('  ')];
	out.push(...result.rows.map((r) => fmt(line(r))));
	out.push(widths.map((w) => '─'.repeat(w)).join('  '), fmt(line(result.total)));
	return out.join('\n');
}
