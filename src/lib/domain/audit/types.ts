/**
 * What an audit rule sees and what it says. A finding about figures from several
 * reports is written once per report involved (same message, same fact ids), so each
 * report's page lists every finding that touches it.
 */
import type { EvaluationRecord, Fact, Metric, Scope } from '../schema.ts';
import type { Interval } from './precision.ts';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
	report_id: string;
	region_code: string;
	/** The year of the report the row belongs to (reports.year), not of the figures. */
	year: number;
	check_id: string;
	severity: Severity;
	message: string;
	message_en: string;
	/** facts.parquet ids (`<report_id>#f<n>`) of every figure the finding concerns. */
	fact_ids: string[];
	/** Indicator ids (`<report_id>#s<position>`, see scores.parquet) it concerns. */
	score_ids: string[];
}

/** One check a rule performs; every finding it makes has this id and severity. */
export interface Check {
	id: string;
	severity: Severity;
	/** What the check looks for, for the README and the site's legend. */
	zh: string;
	en: string;
}

/** A stated figure with everything the rules key on, computed once. */
export interface LocatedFact {
	record: EvaluationRecord;
	fact: Fact;
	index: number;
	id: string;
	metric: Metric | undefined;
	scope: Scope;
	/** The project a project-scope figure belongs to; null for department figures. */
	project: string | null;
	part: string | null;
	/** The values the figure allows at its stated precision and qualifier. */
	stated: Interval;
	/** Width of one unit of the figure's last written digit, in the metric's unit. */
	step: number;
}

export interface AuditContext {
	records: EvaluationRecord[];
	metrics: Map<string, Metric>;
	facts: LocatedFact[];
	/** The facts by quantityKey, in `facts` order: rules look statements up, never scan. */
	byQuantity: Map<string, LocatedFact[]>;
	/** Each record's facts, in order. */
	byRecord: Map<EvaluationRecord, LocatedFact[]>;
}

export interface Rule {
	checks: Check[];
	run(ctx: AuditContext): Finding[];
}

export interface Message {
	zh: string;
	en: string;
}

/**
 * The rows of one finding: one per report that states any of the figures or
 * indicators, by report id.
 */
export function findingRows(
	check: Check,
	message: Message,
	about: { facts?: LocatedFact[]; scores?: { record: EvaluationRecord; id: string }[] }
): Finding[] {
	const facts = about.facts ?? [];
	const scores = about.scores ?? [];
	const reports = new Map<string, EvaluationRecord>();
	for (const x of [...facts, ...scores]) reports.set(x.record.report_id, x.record);
	const factIds = [...new Set(facts.map((f) => f.id))];
	const scoreIds = [...new Set(scores.map((s) => s.id))];
	const sorted = [...reports.values()].sort((a, b) => a.report_id.localeCompare(b.report_id));
	return sorted.map((r) => ({
		report_id: r.report_id,
		region_code: r.region_code,
		year: r.year,
		check_id: check.id,
		severity: check.severity,
		message: message.zh,
		message_en: message.en,
		fact_ids: factIds,
		score_ids: scoreIds
	}));
}
