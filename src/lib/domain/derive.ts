/**
 * Figures a supervisor would compute by hand from two stated ones: budget execution
 * (支出决算 ÷ 预算), 粤智助 transactions per kiosk, and the change of an annual figure from
 * the year before. A computed figure (计算值) is never a stated one: it carries its rule,
 * both inputs with their quotes, and is computed only when both inputs are exact (every
 * statement `eq`, restatements agreeing), on the basis the rule needs, about the same
 * region, scope, project and part. Otherwise the answer is a refusal that says why.
 */
import type { Basis, Qualifier, Scope } from './schema.ts';

/** One statement of a figure (a fact row has these and more). */
export interface InputStatement {
	fact_id: string;
	report_id: string;
	qualifier: Qualifier;
	figure: string;
	quote: string;
}

/** A stated figure as the comparison pages group it (queries/stated.ts Stated fits). */
export interface DerivationInput {
	metric_id: string;
	name_zh: string;
	name_en: string;
	unit: string;
	region_code: string;
	year: number;
	scope: Scope;
	project_name: string | null;
	part?: string | null;
	basis: Basis;
	values: readonly { value: number; facts: readonly InputStatement[] }[];
}

export type RuleId = 'budget-execution' | 'per-kiosk' | 'change';

export interface Rule {
	id: RuleId;
	/** The figure above the line; for `change`, the later year. */
	numerator: string;
	/** The figure below the line, in order of preference; for `change`, the same metric. */
	denominators: readonly string[];
	/** The basis each input must be on (a flow against a stock is fine when the rule says so). */
	bases: readonly [Basis, Basis];
	/** × 100 (a percentage) or × 1. */
	scale: 100 | 1;
	/** The result's unit; null: numerator's unit / denominator's unit. */
	unit: string | null;
}

export const BUDGET_EXECUTION: Rule = {
	id: 'budget-execution',
	numerator: 'expenditure_final',
	denominators: ['budget_adjusted', 'budget_initial'],
	bases: ['annual', 'annual'],
	scale: 100,
	unit: '%'
};

/** Transactions in a year over the kiosks in place (a point figure) in that year. */
export const PER_KIOSK: Rule = {
	id: 'per-kiosk',
	numerator: 'yzz_transactions',
	denominators: ['yzz_kiosks'],
	bases: ['annual', 'point'],
	scale: 1,
	unit: null
};

/** (本年 − 上年) ÷ 上年 × 100%, of one metric, both years on one basis (annual unless said). */
export const changeRule = (metricId: string, basis: Basis = 'annual'): Rule => ({
	id: 'change',
	numerator: metricId,
	denominators: [metricId],
	bases: [basis, basis],
	scale: 100,
	unit: '%'
});

export const RATIO_RULES: readonly Rule[] = [BUDGET_EXECUTION, PER_KIOSK];

/** One input of a computed figure: what it is, its value and the sentence stating it. */
export interface DerivedTerm {
	metric_id: string;
	name_zh: string;
	name_en: string;
	year: number;
	unit: string;
	basis: Basis;
	value: number;
	figure: string;
	quote: string;
	report_id: string;
	fact_id: string;
}

export interface Derived {
	status: 'computed';
	rule: RuleId;
	region_code: string;
	year: number;
	scope: Scope;
	project_name: string | null;
	value: number;
	unit: string;
	/** Numerator (for `change`: this year) and denominator (the year before). */
	terms: readonly [DerivedTerm, DerivedTerm];
}

export type RefusalReason =
	| 'missing'
	| 'qualified'
	| 'contradicted'
	| 'basis'
	| 'scope'
	| 'part'
	| 'region'
	| 'year'
	| 'zero';

export interface Refused {
	status: 'refused';
	rule: RuleId;
	reason: RefusalReason;
	/** The metrics the rule needed (numerator, denominator). */
	metrics: readonly [string, string];
	/** Inputs that were there, for the page to show what was not used. */
	inputs: readonly DerivationInput[];
}

export type Derivation = Derived | Refused;

/** The single exact value of a figure, or why there is none. */
function exact(input: DerivationInput): { value: number; fact: InputStatement } | RefusalReason {
	if (input.values.length !== 1) return 'contradicted';
	const v = input.values[0]!;
	if (!v.facts.length || v.facts.some((f) => f.qualifier !== 'eq')) return 'qualified';
	return { value: v.value, fact: v.facts[0]! };
}

/** Why two inputs cannot be put in one formula, checked in the order a reader would ask. */
function mismatch(rule: Rule, a: DerivationInput, b: DerivationInput): RefusalReason | null {
	if (a.region_code !== b.region_code) return 'region';
	if (a.scope !== b.scope || (a.project_name ?? null) !== (b.project_name ?? null)) return 'scope';
	if ((a.part ?? null) !== (b.part ?? null)) return 'part';
	if (a.year !== b.year + (rule.id === 'change' ? 1 : 0)) return 'year';
	if (a.basis !== rule.bases[0] || b.basis !== rule.bases[1]) return 'basis';
	return null;
}

const term = (input: DerivationInput, value: number, fact: InputStatement): DerivedTerm => ({
	metric_id: input.metric_id,
	name_zh: input.name_zh,
	name_en: input.name_en,
	year: input.year,
	unit: input.unit,
	basis: input.basis,
	value,
	figure: fact.figure,
	quote: fact.quote,
	report_id: fact.report_id,
	fact_id: fact.fact_id
});

/**
 * Applies a rule to a numerator and a denominator (for `change`: this year's figure and
 * the year before's). Every check is made; the first failing one is the reason refused.
 */
export function derive(
	rule: Rule,
	numerator: DerivationInput | null,
	denominator: DerivationInput | null
): Derivation {
	const metrics: [string, string] = [
		rule.numerator,
		denominator?.metric_id ?? rule.denominators[0]!
	];
	const inputs = [numerator, denominator].filter((x): x is DerivationInput => x !== null);
	const refuse = (reason: RefusalReason): Refused => ({
		status: 'refused',
		rule: rule.id,
		reason,
		metrics,
		inputs
	});
	if (!numerator || !denominator) return refuse('missing');
	if (numerator.metric_id !== rule.numerator || !rule.denominators.includes(denominator.metric_id))
		throw new Error(
			`rule ${rule.id} takes ${rule.numerator} over ${rule.denominators.join(' or ')}, not ${numerator.metric_id} over ${denominator.metric_id}`
		);
	const wrong = mismatch(rule, numerator, denominator);
	if (wrong) return refuse(wrong);
	const top = exact(numerator);
	if (typeof top === 'string') return refuse(top);
	const bottom = exact(denominator);
	if (typeof bottom === 'string') return refuse(bottom);
	if (bottom.value === 0) return refuse('zero');
	const ratio =
		rule.id === 'change' ? (top.value - bottom.value) / bottom.value : top.value / bottom.value;
	return {
		status: 'computed',
		rule: rule.id,
		region_code: numerator.region_code,
		year: numerator.year,
		scope: numerator.scope,
		project_name: numerator.project_name ?? null,
		value: ratio * rule.scale,
		unit: rule.unit ?? `${numerator.unit}/${denominator.unit}`,
		terms: [term(numerator, top.value, top.fact), term(denominator, bottom.value, bottom.fact)]
	};
}

/** What a ratio is computed over: one region's figures of one scope (and project) in a year. */
const owner = (s: DerivationInput) =>
	[s.region_code, s.year, s.scope, s.project_name ?? '', s.part ?? ''].join('|');

/**
 * Every ratio rule applied to every owner that states its numerator or a denominator:
 * one answer per rule and owner. The denominator is the first the owner states
 * (adjusted budget before initial), so the formula always names the one used. A figure
 * is only ever paired within its owner: a project's spending never meets a department's
 * budget.
 */
export function deriveRatios(stated: readonly DerivationInput[], year: number): Derivation[] {
	const byOwner = new Map<string, DerivationInput[]>();
	for (const s of stated) {
		if (s.year !== year) continue;
		const k = owner(s);
		byOwner.set(k, [...(byOwner.get(k) ?? []), s]);
	}
	const out: Derivation[] = [];
	for (const list of byOwner.values()) {
		for (const rule of RATIO_RULES) {
			const find = (id: string) =>
				list.find((s) => s.metric_id === id && s.basis === basisFor(rule, id)) ??
				list.find((s) => s.metric_id === id) ??
				null;
			const top = find(rule.numerator);
			const bottom = rule.denominators.map(find).find((s) => s !== null) ?? null;
			if (!top && !bottom) continue;
			out.push(derive(rule, top, bottom));
		}
	}
	return out;
}

const basisFor = (rule: Rule, metricId: string): Basis =>
	metricId === rule.numerator ? rule.bases[0] : rule.bases[1];

/** The change of every annual figure stated for `year` that the year before also states. */
export function deriveChanges(stated: readonly DerivationInput[], year: number): Derivation[] {
	const before = new Map(
		stated.filter((s) => s.year === year - 1).map((s) => [changeKey(s), s] as const)
	);
	return stated
		.filter((s) => s.year === year && s.basis === 'annual' && before.has(changeKey(s)))
		.map((s) => derive(changeRule(s.metric_id), s, before.get(changeKey(s))!));
}

const changeKey = (s: DerivationInput) =>
	[s.region_code, s.metric_id, s.scope, s.project_name ?? '', s.part ?? '', s.basis].join('|');
