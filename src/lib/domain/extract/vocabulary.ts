/**
 * The catalogue's words as rules: every alias of a metric (data/metrics.yaml `aliases:`)
 * names the figure that follows it, with or without a generic ending (数, 金额, 合计…).
 * What the words cannot say — that a part-year rate is not the annual one, that a budget
 * figure of 公用经费 is not the department's — stays here as conditions per metric, so a
 * curator widens the vocabulary without touching code and without losing the guards.
 */
import type { Catalogue } from '../schema.ts';
import { vocabularyKey } from '../schema.ts';
import type { Rule } from './rule.ts';
import { NOT_SUBTOTAL, PART_YEAR, PART_YEAR_NEAR } from './rules-budget.ts';
import { DEPARTMENTS_IN } from './rules-service.ts';

type Guard = Omit<Rule, 'metric' | 'pre' | 'post' | 'both' | 'part'>;

const GUARDS: Record<string, Guard> = {
	budget_initial: { not: NOT_SUBTOTAL },
	budget_adjusted: { not: NOT_SUBTOTAL },
	expenditure_final: { not: NOT_SUBTOTAL },
	budget_execution_rate: { not: /政府采购|上半年|前三季度|[一二三]季度/, notNear: PART_YEAR_NEAR },
	spending_progress: { not: PART_YEAR, notNear: PART_YEAR_NEAR },
	carryover: { not: /存量/ },
	project_expenditure: { kind: 'overall' },
	review_coverage: { not: /监管/ },
	hall_entry_rate: { notNear: DEPARTMENTS_IN }
};

/** Endings that leave a name's meaning unchanged: 年初预算 / 年初预算数 / 年初预算金额. */
export const NAME_ENDING = '(?:数|数量|总数|总量|金额|总额|合计|数额)?';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One rule per metric with aliases: its label must end in one of them. */
export function aliasRules(catalogue: Catalogue): Rule[] {
	return catalogue.metrics
		.filter((m) => m.aliases?.length)
		.map((m) => {
			const words = [...new Set(m.aliases!.map(vocabularyKey))].sort((a, b) => b.length - a.length);
			return {
				metric: m.id,
				pre: new RegExp(`(?:${words.map(escape).join('|')})${NAME_ENDING}$`),
				...GUARDS[m.id]
			};
		});
}

/** The metric a table's column heading names, by the longest alias it ends with. */
export function headingMetric(catalogue: Catalogue, heading: string): string | null {
	const h = vocabularyKey(heading).replace(/\([^()]*\)$/, '');
	let best: [string, number] | null = null;
	for (const m of catalogue.metrics) {
		for (const a of m.aliases ?? []) {
			const w = vocabularyKey(a);
			if (new RegExp(`${escape(w)}${NAME_ENDING}$`).test(h) && (!best || w.length > best[1]))
				best = [m.id, w.length];
		}
	}
	return best?.[0] ?? null;
}

/** One column heading at the sticky position: an alias of a metric, or a score column. */
export function headingWords(catalogue: Catalogue, structural: string[]): RegExp {
	const words = [
		...new Set(catalogue.metrics.flatMap((m) => (m.aliases ?? []).map(vocabularyKey)))
	].sort((a, b) => b.length - a.length);
	return new RegExp(
		`(?:${words.map(escape).join('|')})${NAME_ENDING}|${structural.join('|')}`,
		'y'
	);
}
