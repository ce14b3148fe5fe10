/**
 * Restatements grouped: the same metric, region, year, scope and basis may be stated by
 * several sentences and several reports. Values that agree form one stated value (shown
 * by its most precise figure); values that disagree stay side by side — never one picked.
 */
import { overlaps, statedInterval, stepOf } from '../domain/audit/precision.ts';
import type { Basis, Metric, Qualifier, Scope } from '../domain/schema.ts';
import type { FactRow } from './facts.ts';

export interface StatedValue {
	value: number;
	qualifier: Qualifier;
	basis: Basis;
	/** The facts that state this value, first the one shown. */
	facts: FactRow[];
}

export interface Stated {
	key: string;
	region_code: string;
	metric_id: string;
	year: number;
	scope: Scope;
	project_name: string | null;
	basis: Basis;
	unit: string;
	name_zh: string;
	name_en: string;
	/** One entry when the reports agree; several when they contradict each other. */
	values: StatedValue[];
}

export type Agree = (a: FactRow, b: FactRow) => boolean;

function interval(f: FactRow) {
	return statedInterval(f, stepOf(f), { max: f.max_value ?? undefined } as Metric);
}

/** The audit's rule: two statements agree when some value is allowed by both as written. */
export const agreeAtStatedPrecision: Agree = (a, b) => overlaps(interval(a), interval(b));

function significantDigits(n: number): number {
	const s = Math.abs(n).toPrecision(15).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
	return s.length;
}

/** The more precise figure first: 3,710,164 元 over 371 万元; an exact figure over a bound. */
function byPrecision(a: FactRow, b: FactRow): number {
	const q = Number(a.qualifier !== 'eq') - Number(b.qualifier !== 'eq');
	return (
		q ||
		significantDigits(b.value) - significantDigits(a.value) ||
		a.fact_id.localeCompare(b.fact_id)
	);
}

/** A part (信息中心 of a bureau) is a figure of its own, never a rival to the whole. */
export const statedKey = (
	f: Pick<
		FactRow,
		'region_code' | 'metric_id' | 'year' | 'scope' | 'project_name' | 'basis' | 'part'
	>
) =>
	[f.region_code, f.metric_id, f.year, f.scope, f.project_name ?? '', f.part ?? '', f.basis].join(
		'|'
	);

export function groupStated(
	facts: readonly FactRow[],
	agree: Agree = agreeAtStatedPrecision
): Stated[] {
	const groups = new Map<string, FactRow[]>();
	for (const f of facts) {
		const k = statedKey(f);
		const list = groups.get(k);
		if (list) list.push(f);
		else groups.set(k, [f]);
	}
	return [...groups].map(([key, list]) => {
		const clusters: FactRow[][] = [];
		for (const f of list) {
			const home = clusters.find((c) => c.every((g) => agree(f, g)));
			if (home) home.push(f);
			else clusters.push([f]);
		}
		const first = list[0]!;
		return {
			key,
			region_code: first.region_code,
			metric_id: first.metric_id,
			year: first.year,
			scope: first.scope,
			project_name: first.project_name,
			basis: first.basis,
			unit: first.unit,
			name_zh: first.name_zh,
			name_en: first.name_en,
			values: clusters.map((c) => {
				const sorted = [...c].sort(byPrecision);
				const shown = sorted[0]!;
				return {
					value: shown.value,
					qualifier: shown.qualifier,
					basis: shown.basis,
					facts: sorted
				};
			})
		};
	});
}
