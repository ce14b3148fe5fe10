/**
 * The audit: every rule over every record. Pure; the build writes what it returns to
 * findings.parquet and the site lists it per report.
 */
import type { Catalogue, EvaluationRecord } from '../schema.ts';
import { arithmetic } from './arithmetic.ts';
import { conflicts } from './conflicts.ts';
import { external } from './external.ts';
import { auditContext, groupBy } from './facts.ts';
import { impossible } from './impossible.ts';
import { points } from './points.ts';
import { scoreSums } from './score-sums.ts';
import { statedChanges } from './stated-change.ts';
import { SEVERITIES, type Check, type Finding, type Rule, type Severity } from './types.ts';

export type { Check, Finding, Severity } from './types.ts';

export const RULES: Rule[] = [
	conflicts,
	points,
	scoreSums,
	statedChanges,
	impossible,
	external,
	arithmetic
];

export const CHECKS: Check[] = RULES.flatMap((r) => r.checks);

/**
 * Every rule compares figures of one region only (each rule's keys start with the
 * region), so the audit runs region by region: the same findings, but only one region's
 * index in memory at a time (at nation scale the whole index took ~1 GB).
 */
export function runAudit(records: EvaluationRecord[], catalogue: Catalogue): Finding[] {
	const byRegion = groupBy(records, (r) => r.region_code);
	return [...byRegion.values()].flatMap((own) => {
		const ctx = auditContext(own, catalogue);
		return RULES.flatMap((rule) => rule.run(ctx));
	});
}

export type SeverityCounts = Record<Severity, number>;

/** Findings per report and severity, reports in the order given (all listed, even at 0). */
export function countFindings(
	reportIds: string[],
	findings: Finding[]
): Map<string, SeverityCounts> {
	const counts = new Map<string, SeverityCounts>(
		reportIds.map((id) => [id, { error: 0, warning: 0, info: 0 }])
	);
	for (const f of findings) {
		const c = counts.get(f.report_id) ?? { error: 0, warning: 0, info: 0 };
		c[f.severity]++;
		counts.set(f.report_id, c);
	}
	return counts;
}

export { SEVERITIES };
