/**
 * The checks a draft gets at every edit: verifyRecord exactly as `npm run data` runs it
 * (quote in the source, figure in the quote, value and qualifier as the figure says, the
 * metric's unit, the year, the region), plus what only a reviewer can settle (uncertain
 * figures, a report id already taken), plus the audit's findings on the figures as they
 * stand. Each problem names the field it belongs to.
 */
import { runAudit } from '../../../src/lib/domain/audit/index.ts';
import { findQuote, fold } from '../../../src/lib/domain/quotes.ts';
import {
	recordSchema,
	type Catalogue,
	type EvaluationRecord,
	type Region
} from '../../../src/lib/domain/schema.ts';
import { catalogueIndex, lineRange, verifyRecord } from '../../../src/lib/domain/verify.ts';
import { problemText, say, type Said } from '../../../src/lib/i18n/review-messages.ts';
import type { FieldProblem, ItemCheck, ListName, Span } from '../shared/api.ts';

export interface CheckEnv {
	catalogue: Catalogue;
	/** data/regions.yaml plus the entries the curator confirmed. */
	regions: Region[];
	describeRegion: (code: string) => string | null;
	/** The county's other reviewed records, for the audit's comparisons. */
	others: EvaluationRecord[];
	/** Report ids of reviewed records this draft would collide with. */
	takenIds: ReadonlySet<string>;
	/** data/sources/<file> exists with other bytes than this draft's source. */
	sourceTaken: boolean;
}

export interface Checked {
	record: EvaluationRecord;
	accepted: { facts: boolean[]; scores: boolean[] };
	sourceFile: string;
}

export function fieldOf(
	path: string,
	severity: FieldProblem['severity'],
	message: Said
): FieldProblem {
	const m = /^(facts|scores|subtotals)\[(\d+)\](?:\.(.+))?$/.exec(path);
	if (m) {
		return {
			path,
			list: m[1] as ListName,
			index: Number(m[2]),
			field: m[3] ?? null,
			severity,
			message
		};
	}
	return { path, list: null, index: null, field: path, severity, message };
}

function spansOf(record: EvaluationRecord, text: string): Record<ListName, (Span | null)[]> {
	const hay = fold(text);
	const [from, to] = lineRange(text, record.source.lines) ?? [0, text.length];
	const locate = (quote: unknown) =>
		typeof quote !== 'string'
			? null
			: (findQuote(hay, quote).find((s) => s.start >= from && s.end <= to) ?? null);
	return {
		facts: record.facts.map((f) => locate(f.quote)),
		scores: record.scores.map((s) => locate(s.quote)),
		subtotals: record.subtotals.map((s) => locate(s.quote))
	};
}

function auditFindings(record: EvaluationRecord, env: CheckEnv): FieldProblem[] {
	const parsed = recordSchema.safeParse(record);
	if (!parsed.success) return [];
	const own = parsed.data.report_id;
	let findings;
	try {
		findings = runAudit([...env.others, parsed.data], env.catalogue);
	} catch {
		// A figure half-edited (an unknown metric) can trip a rule; the checks above say why.
		return [];
	}
	findings = findings.filter((f) => f.report_id === own);
	return findings.flatMap((f) => {
		const message = { zh: f.message, en: f.message_en };
		const at = (ids: string[], list: ListName, tag: string) =>
			ids
				.filter((id) => id.startsWith(`${own}#${tag}`))
				.map((id) =>
					fieldOf(`${list}[${Number(id.split('#')[1]!.slice(1)) - 1}]`, 'warning', message)
				);
		const placed = [...at(f.fact_ids, 'facts', 'f'), ...at(f.score_ids, 'scores', 's')];
		return placed.length ? placed : [fieldOf('(report)', 'warning', message)];
	});
}

export function checkItem(item: Checked, text: string, env: CheckEnv): ItemCheck {
	const { record } = item;
	const ctx = {
		metrics: catalogueIndex(env.catalogue),
		regions: new Map(env.regions.map((r) => [r.code, r])),
		sources: new Map([[item.sourceFile, text]]),
		describeRegion: env.describeRegion
	};
	const { problems } = verifyRecord(record, `${record.report_id}.yaml`, ctx);
	const out = problems.map((p) => fieldOf(p.path, 'error', problemText(p.message)));
	record.facts.forEach((f, i) => {
		if (f.uncertain)
			out.push(fieldOf(`facts[${i}].uncertain`, 'error', say.uncertain(f.uncertain)));
	});
	if (env.takenIds.has(record.report_id)) {
		out.push(fieldOf('report_id', 'error', say.idTaken(record.report_id)));
	}
	if (env.sourceTaken) out.push(fieldOf('source.file', 'error', say.sourceTaken(item.sourceFile)));

	const unconfirmed =
		item.accepted.facts.filter((a, i) => !a && !record.facts[i]?.uncertain).length +
		item.accepted.scores.filter((a) => !a).length;
	return {
		problems: out,
		findings: auditFindings(record, env),
		spans: spansOf(record, text),
		blocking: out.length + unconfirmed
	};
}
