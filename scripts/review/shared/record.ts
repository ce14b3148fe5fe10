/**
 * Small rules about a record both the page and the server apply, so they agree.
 */
import type { EvaluationRecord, Fact } from '../../../src/lib/domain/schema.ts';

/** <region>-<year>[-<project slug>]: the id follows the region and year as they are edited. */
export function reportIdFor(record: Pick<EvaluationRecord, 'report_id' | 'region_code' | 'year'>) {
	const suffix = /^\d{6}-\d{4}(-.*)?$/.exec(record.report_id)?.[1] ?? '';
	return `${record.region_code}-${record.year}${suffix}`;
}

/** The order figures are shown in: uncertain first, then those with problems, then the rest. */
export function reviewOrder(
	facts: readonly Fact[],
	hasProblem: (index: number) => boolean
): number[] {
	const rank = (i: number) => (facts[i]!.uncertain ? 0 : hasProblem(i) ? 1 : 2);
	return facts.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
}
