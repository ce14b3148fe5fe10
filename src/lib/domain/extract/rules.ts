/**
 * How a report names each catalogued metric. A rule says what the words just before a
 * figure (`pre`, the clause up to the number, with 为/达到/共… taken off its end) or just
 * after it (`post`, from the unit on) must say, and what the sentence must mention
 * (`ctx`) when the words alone are ambiguous (整改率 is 好差评's only if 好差评 is near).
 * Patterns describe the usual phrasing of Guangdong county reports, not one report's
 * sentences. The figure's unit must also be one the catalogue allows for the metric.
 */
import type { Rule } from './rule.ts';
import { BUDGET_RULES } from './rules-budget.ts';
import { SERVICE_RULES } from './rules-service.ts';

export const RULES: Rule[] = [...BUDGET_RULES, ...SERVICE_RULES];

/** A stated change (增长 6.24%) of a metric, stored under its own metric. */
export const CHANGE_OF: Record<string, string> = {
	budget_initial: 'budget_initial_change',
	expenditure_final: 'expenditure_final_change'
};

/**
 * “预算数为 3.6 万元，决算数为 0 万元”: a clause that names only the role (决算, 结余)
 * continues the subject of the clause before it.
 */
export const ROLES: { role: RegExp; next: Record<string, string> }[] = [
	{
		role: /^(实际)?(决算|支出)(支出|数|金额|额|总额)?$/,
		next: {
			public_funds_budget: 'public_funds_final',
			three_public_budget: 'three_public_final',
			procurement_budget: 'procurement_final',
			budget_initial: 'expenditure_final',
			budget_adjusted: 'expenditure_final',
			revenue_final: 'expenditure_final'
		}
	},
	{
		role: /^(年末|年终)?(结转)?(和|及)?结余(资金|金额)?$/,
		next: {
			budget_initial: 'carryover',
			budget_adjusted: 'carryover',
			expenditure_final: 'carryover'
		}
	}
];
