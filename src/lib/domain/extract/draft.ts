/**
 * A report file's text → draft records, one per report it holds. Pure: the caller reads
 * the file, the catalogue and the region lists. A draft is verified here exactly as
 * `npm run data` will verify it; a fact that would fail is dropped and said so.
 */
import { fold } from '../quotes.ts';
import {
	factScope,
	MIN_YEAR,
	type Catalogue,
	type EvaluationRecord,
	type Fact,
	type Region
} from '../schema.ts';
import { verifyRecord, type Problem } from '../verify.ts';
import { assignSentence, type Assigned } from './assign.ts';
import { cleanText, originalSlice, type CleanText } from './clean.ts';
import type { MetricInfo } from './match.ts';
import { readMeta } from './meta.ts';
import { notAReport } from './recognize.ts';
import type { Rule } from './rule.ts';
import { RULES } from './rules.ts';
import { aliasRules } from './vocabulary.ts';
import { detectRegion, type Place, type RegionGuess } from './region.ts';
import { parseScores } from './scores.ts';
import { segment } from './segment.ts';
import { splitReports, type Part } from './split.ts';
import { readTables } from './tables.ts';

export interface ExtractContext {
	catalogue: Catalogue;
	regions: Region[];
	/** Every division of the dataset, to recognise a county not yet listed. */
	divisions: Place[];
	/** The year to assume when a report states none (the caller's last year). */
	fallbackYear?: number;
}

export interface Draft {
	record: EvaluationRecord;
	region: RegionGuess | null;
	/** Things about the report as a whole a reviewer must settle. */
	notes: string[];
	/** Facts and scores dropped because they failed verification (should be none). */
	dropped: Problem[];
}

export type Extraction = { notReport: string } | { notReport: null; drafts: Draft[] };

function metricInfo(catalogue: Catalogue): Map<string, MetricInfo> {
	return new Map(
		catalogue.metrics.map((m) => [
			m.id,
			{ unit: m.unit, units: [m.unit, ...(m.units ?? [])], max: m.max, min: m.min, basis: m.basis }
		])
	);
}

/** The figures every self-evaluation should state; a draft says which it did not find. */
const HEADLINE = ['budget_initial', 'expenditure_final', 'budget_execution_rate', 'self_score'];

const RULE_CACHE = new WeakMap<Catalogue, Rule[]>();

/** The rules in code followed by the catalogue's aliases, built once per catalogue. */
function rulesOf(catalogue: Catalogue): Rule[] {
	let rules = RULE_CACHE.get(catalogue);
	if (!rules) RULE_CACHE.set(catalogue, (rules = [...RULES, ...aliasRules(catalogue)]));
	return rules;
}

function slug(name: string): string {
	let h = 2166136261;
	for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
	return 'project-' + h.toString(16).padStart(8, '0').slice(0, 6);
}

/** In a project report, these describe the project; the rest (粤智助, 一网共享…) the county. */
const PROJECT_CATEGORIES = new Set(['budget', 'score', 'performance']);

function toFact(
	clean: CleanText,
	a: Assigned,
	kind: EvaluationRecord['kind'],
	ctx: ExtractContext
): Fact {
	const fact: Fact = {
		metric: a.metric,
		year: a.year,
		value: Number(a.figure.value.toPrecision(15)),
		qualifier: a.qualifier,
		basis: a.basis,
		figure: a.figure.written,
		...(a.tableUnit ? { table_unit: a.tableUnit } : {}),
		quote: originalSlice(clean, a.quote[0], a.quote[1])
	};
	const category = ctx.catalogue.metrics.find((m) => m.id === a.metric)?.category;
	if (kind === 'project' && !PROJECT_CATEGORIES.has(category ?? '')) fact.scope = 'department';
	if (a.part) fact.part = a.part;
	if (a.uncertain) fact.uncertain = a.uncertain;
	return fact;
}

/** Two facts with one metric, year, value and quote: widen the later quote or drop it. */
function dedupe(
	record: EvaluationRecord,
	facts: Fact[],
	clean: CleanText,
	assigned: Assigned[]
): Fact[] {
	const seen = new Set<string>();
	const key = (f: Fact) =>
		[
			f.metric,
			f.year,
			f.basis,
			factScope(record, f),
			f.part ?? '',
			fold(f.quote).text,
			f.value
		].join('|');
	const out: Fact[] = [];
	facts.forEach((f, i) => {
		if (seen.has(key(f))) {
			const q = assigned[i]!.quote;
			const start = clean.text.lastIndexOf('。', q[0] - 2) + 1;
			f = { ...f, quote: originalSlice(clean, Math.max(0, start), q[1]) };
			if (seen.has(key(f))) return;
		}
		seen.add(key(f));
		out.push(f);
	});
	return out;
}

function draftPart(clean: CleanText, part: Part, file: string, ctx: ExtractContext): Draft {
	const text = clean.text.slice(part.from, part.to);
	const lineTexts = clean.lines
		.filter((l) => l.start >= part.from && l.end <= part.to)
		.map((l) => clean.text.slice(l.start, l.end));
	const header = lineTexts.slice(0, 12).join('\n');
	const region =
		detectRegion(text, header, ctx.regions, ctx.divisions) ??
		detectRegion(clean.text, '', ctx.regions, ctx.divisions);
	const meta = readMeta(lineTexts, text, region?.name ?? null);
	const notes: string[] = [];
	const year = meta.year ?? ctx.fallbackYear ?? MIN_YEAR;
	if (meta.year === null) notes.push(`evaluation year not found; assumed ${year}`);
	if (!region) notes.push('county not recognised: set region_code by hand');
	else if (region.level !== 'county') {
		notes.push(`the report is ${region.name}'s own, not a county's: the data compares counties`);
	} else if (!region.listed)
		notes.push(`${region.name} (${region.code}) is not in data/regions.yaml yet`);
	if (!meta.title) notes.push('the report states no title; title written from its kind and year');
	if (!meta.filedOn) notes.push('no filing date (填报日期) found');
	if (!meta.unitName) notes.push('reporting unit not found: unit_name needs filling in');
	if (meta.kind === 'project' && !meta.projectName) {
		notes.push('a project report without 项目名称: project_name needs filling in');
	}
	if (meta.kind === 'project')
		notes.push('report_id ends in a generated slug: rename it (and the file)');

	const { sentences } = segment(clean, part.from, part.to);
	const table = parseScores(clean, part.from, part.to);
	const actx = {
		clean,
		evalYear: year,
		kind: meta.kind,
		metrics: metricInfo(ctx.catalogue),
		rules: rulesOf(ctx.catalogue),
		consumed: table.consumed
	};
	const assigned = readTables({ ...actx, catalogue: ctx.catalogue }, part.from, part.to);
	actx.consumed.push(...assigned.map((a) => [a.figure.start, a.figure.end] as [number, number]));
	const recent: Assigned[][] = [];
	sentences.forEach((s, i) => {
		if (s.skip) return;
		const found = assignSentence({ ...actx, recent: recent.flat().reverse() }, s, sentences[i - 1]);
		assigned.push(...found);
		recent.push(found);
		if (recent.length > 3) recent.shift();
	});

	const code = region?.code ?? '000000';
	const record: EvaluationRecord = {
		report_id: `${code}-${year}${meta.kind === 'project' ? '-' + slug(meta.projectName ?? String(part.from)) : ''}`,
		status: 'draft',
		region_code: code,
		year,
		kind: meta.kind,
		report_type: meta.reportType,
		project_name: meta.kind === 'project' ? (meta.projectName ?? '未写明') : null,
		title: meta.title ?? `${year}年度${meta.reportType}绩效自评报告`,
		unit_name: meta.unitName ?? '未写明',
		filed_on: meta.filedOn,
		source: { file, lines: part.lines },
		self_score: null,
		grade: meta.grade,
		facts: [],
		scores: table.scores,
		subtotals: table.subtotals
	};
	const facts = assigned.map((a) => toFact(clean, a, meta.kind, ctx));
	record.facts = dedupe(record, facts, clean, assigned);
	const self = record.facts.find((f) => f.metric === 'self_score' && f.year === year);
	record.self_score = self ? self.value : null;
	const missing = HEADLINE.filter(
		(m) => !record.facts.some((f) => f.metric === m && f.year === year)
	);
	if (missing.length) {
		const names = missing.map((m) => ctx.catalogue.metrics.find((c) => c.id === m)?.name_zh ?? m);
		notes.push(
			`not found for ${year}: ${names.join('、')} — read the report (its tables and attachments) for them`
		);
	}
	return { record, region, notes, dropped: [] };
}

/** Drops the facts, scores and subtotals that verification rejects. */
function selfCheck(draft: Draft, file: string, source: string, ctx: ExtractContext): void {
	const regions = new Map(ctx.regions.map((r) => [r.code, r]));
	const vctx = {
		metrics: new Map(ctx.catalogue.metrics.map((m) => [m.id, m])),
		regions,
		sources: new Map([[file, source]])
	};
	const name = `${draft.record.report_id}.yaml`;
	const { problems } = verifyRecord(draft.record, name, vctx);
	const bad = { facts: new Set<number>(), scores: new Set<number>(), subtotals: new Set<number>() };
	for (const p of problems) {
		const m = /^(facts|scores|subtotals)\[(\d+)\]/.exec(p.path);
		if (m) {
			bad[m[1] as keyof typeof bad].add(Number(m[2]));
			draft.dropped.push(p);
		}
	}
	const r = draft.record;
	r.facts = r.facts.filter((_, i) => !bad.facts.has(i));
	r.scores = r.scores.filter((_, i) => !bad.scores.has(i));
	r.subtotals = r.subtotals.filter((_, i) => !bad.subtotals.has(i));
}

export function extractReports(source: string, file: string, ctx: ExtractContext): Extraction {
	const clean = cleanText(source);
	const why = notAReport(clean.lines.map((l) => clean.text.slice(l.start, l.end)).join('\n'));
	if (why || clean.lines.length === 0) return { notReport: why ?? 'the file holds no text' };
	const drafts = splitReports(clean).map((part) => draftPart(clean, part, file, ctx));
	for (const d of drafts) selfCheck(d, file, source, ctx);
	return { notReport: null, drafts };
}
