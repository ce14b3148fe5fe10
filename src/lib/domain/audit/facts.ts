/**
 * The records' figures, located and keyed. Two figures describe the same thing only when
 * region, metric, year, basis, scope (department, or which project) and part agree.
 */
import {
	factId,
	factScope,
	type Catalogue,
	type EvaluationRecord,
	type Metric
} from '../schema.ts';
import { statedInterval, stepOf, width } from './precision.ts';
import type { AuditContext, LocatedFact } from './types.ts';

export function locateFacts(
	records: EvaluationRecord[],
	metrics: Map<string, Metric>
): LocatedFact[] {
	return records.flatMap((record) =>
		record.facts.map((fact, index) => {
			const metric = metrics.get(fact.metric);
			const scope = factScope(record, fact);
			const step = stepOf(fact);
			return {
				record,
				fact,
				index,
				id: factId(record.report_id, index),
				metric,
				scope,
				project: scope === 'project' ? record.project_name : null,
				part: fact.part ?? null,
				stated: statedInterval(fact, step, metric),
				step
			};
		})
	);
}

export function auditContext(records: EvaluationRecord[], catalogue: Catalogue): AuditContext {
	const metrics = new Map(catalogue.metrics.map((m) => [m.id, m]));
	const facts = locateFacts(records, metrics);
	return {
		records,
		metrics,
		facts,
		byQuantity: groupBy(facts, quantityKey),
		byRecord: groupBy(facts, (f) => f.record)
	};
}

/** Region, scope, project and part: what a figure is about, whatever metric or year. */
export function subjectKey(f: LocatedFact): string {
	return [f.record.region_code, f.scope, f.project ?? '', f.part ?? ''].join('|');
}

/** Everything that must agree for two figures to be statements of one quantity. */
export function quantityKey(f: LocatedFact): string {
	return [subjectKey(f), f.fact.metric, f.fact.year, f.fact.basis].join('|');
}

/** Map.groupBy, which Node 20 lacks. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = groups.get(k);
		if (list) list.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/**
 * The statement to compute with when a quantity is stated several times: one from the
 * preferred report if it has one, then the most precise, then the first.
 */
export function pick(candidates: LocatedFact[], preferReport?: string): LocatedFact | undefined {
	const own = candidates.filter((c) => c.record.report_id === preferReport);
	const pool = own.length > 0 ? own : candidates;
	let best: LocatedFact | undefined;
	for (const c of pool) if (!best || width(c.stated) < width(best.stated)) best = c;
	return best;
}

/** The statements of `metric` about the same subject, year and basis as `like`. */
export function statementsOf(
	ctx: AuditContext,
	like: LocatedFact,
	metric: string,
	year = like.fact.year
): LocatedFact[] {
	return ctx.byQuantity.get([subjectKey(like), metric, year, like.fact.basis].join('|')) ?? [];
}
