/**
 * How a briefing says its computed figures (name, formula in words and in numbers, why one
 * was not computed) and numbers its sources: one footnote per report, in order of first use.
 */
import type { Derivation, Derived, Refused } from '../../domain/derive.ts';
import { formatValue, type Lang } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { BriefModel } from '../../queries/brief.ts';

const RULE_NAME = {
	'budget-execution': 'derived_budget-execution',
	'per-kiosk': 'derived_per-kiosk'
} as const;

const REASON = {
	missing: 'refused_missing',
	qualified: 'refused_qualified',
	contradicted: 'refused_contradicted',
	basis: 'refused_basis',
	scope: 'refused_scope',
	part: 'refused_part',
	region: 'refused_region',
	year: 'refused_year',
	zero: 'refused_zero'
} as const;

type Named = { name_zh: string; name_en: string };
const nameOf = (m: Named, lang: Lang) => (lang === 'zh' ? m.name_zh : m.name_en);

/** 预算执行率 · 粤智助每台业务量 · 支出决算同比变化. */
export function derivedName(d: Derivation, lang: Lang, metric?: Named): string {
	if (d.rule === 'change')
		return t('derived_change', lang, {
			metric: metric
				? nameOf(metric, lang)
				: d.status === 'computed'
					? nameOf(d.terms[0], lang)
					: ''
		});
	return t(RULE_NAME[d.rule], lang);
}

const shape = (d: Derived) =>
	d.rule === 'change' ? 'formula_change' : d.rule === 'per-kiosk' ? 'formula_per' : 'formula_ratio';

/** The formula in words: 支出决算 ÷ 年初预算 × 100%, （2023年X − 2022年X）÷ 2022年X × 100%. */
export function formulaWords(d: Derived, lang: Lang): string {
	const [a, b] = d.terms;
	const term = (x: typeof a) =>
		d.rule === 'change'
			? t('formula_term', lang, { year: x.year, metric: nameOf(x, lang) })
			: nameOf(x, lang);
	return t(shape(d), lang, { a: term(a), b: term(b) });
}

/** The same formula with the figures: 374.30万元 ÷ 371.02万元 × 100% = 100.89%. */
export function formulaNumbers(d: Derived, lang: Lang): string {
	const [a, b] = d.terms.map((x) => formatValue(x.value, x.unit, { lang }));
	return `${t(shape(d), lang, { a: a!, b: b! })} = ${formatValue(d.value, d.unit, { lang })}`;
}

export const refusalText = (r: Refused, lang: Lang) => t(REASON[r.reason], lang);

/** Report id → footnote number, in the order the briefing cites them. */
export function sourceNumbers(model: BriefModel): Map<string, number> {
	const order = new Map<string, number>();
	const cite = (id: string) => order.has(id) || order.set(id, order.size + 1);
	for (const g of model.comparable)
		for (const r of g.rows)
			for (const c of r.cells)
				for (const v of c.stated?.values ?? []) for (const f of v.facts) cite(f.report_id);
	for (const d of model.derived)
		if (d.status === 'computed') for (const x of d.terms) cite(x.report_id);
	for (const f of model.findings) for (const x of f.worst) cite(x.report_id);
	return order;
}
