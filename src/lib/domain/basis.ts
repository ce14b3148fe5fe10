/**
 * One basis per metric: the catalogue says which basis a metric's figures are compared on
 * (`basis`). A fact on another basis is allowed (a report may state a running total where
 * others state the year's figure), but only with a `note` saying which words decided it.
 * Departures without one are warnings for the person keeping the record, not build errors.
 */
import type { EvaluationRecord, Metric } from './schema.ts';

export interface BasisDeparture {
	/** Where the fact sits in its record, e.g. `facts[12]`. */
	path: string;
	metric: string;
	year: number;
	message: string;
}

export function basisDepartures(
	record: Pick<EvaluationRecord, 'facts'>,
	metrics: ReadonlyMap<string, Metric>
): BasisDeparture[] {
	return record.facts.flatMap((fact, i) => {
		const metric = metrics.get(fact.metric);
		if (!metric || fact.basis === metric.basis || fact.note?.trim()) return [];
		return [
			{
				path: `facts[${i}]`,
				metric: fact.metric,
				year: fact.year,
				message: `basis ${fact.basis}, but ${fact.metric} is compared on ${metric.basis} figures; add a note saying which words make it ${fact.basis}`
			}
		];
	});
}
