/**
 * What a reader must be told beside the compare charts: the ranking's direction, figures
 * on another basis than the metric's (named, never ranked), bounds, contradictions,
 * counties that report nothing, and project figures kept apart. Pure: the same sentences
 * at build time and live.
 */
import type { Basis } from '../domain/schema.ts';
import { formatStated, type Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { CompareModel } from '../queries/compare.ts';
import type { Stated } from '../queries/stated.ts';
import { basisLabel, entityName, yearLabel } from './labels.ts';

const list = (names: string[], lang: Lang) => names.join(t('list_separator', lang));

interface Shown {
	name: string;
	stated: Stated;
}

/** Who states which basis: “乐昌市、吴川市为累计数”. */
function whoIsWhich(rows: Shown[], bases: Basis[], lang: Lang): string {
	return bases
		.map((b) => {
			const who = [...new Set(rows.filter((r) => r.stated.basis === b).map((r) => r.name))];
			return t('note_bases_of', lang, { names: list(who, lang), basis: basisLabel(b, lang) });
		})
		.join(t('note_parts_separator', lang));
}

const CUMULATIVE_APART = 'note_cumulative_apart';

/** The ranking: which counties' figures are on another basis than the one ranked. */
function rankingBasesNotes(model: CompareModel, rows: Shown[], lang: Lang): string[] {
	const basis = model.metric.basis;
	const others = [...new Set(rows.map((r) => r.stated.basis))].filter((b) => b !== basis);
	if (!others.length)
		return basis === 'cumulative'
			? [t('note_all_cumulative', lang), t(CUMULATIVE_APART, lang)]
			: [];
	const label = basisLabel(basis, lang);
	const metric = lang === 'zh' ? model.metric.name_zh : model.metric.name_en;
	return [
		t('note_ranked_on_basis', lang, {
			metric,
			basis: label,
			others: whoIsWhich(rows, others, lang)
		}),
		...(rows.every((r) => r.stated.basis !== basis)
			? [t('note_none_on_basis', lang, { basis: label })]
			: []),
		...(others.includes('cumulative') ? [t(CUMULATIVE_APART, lang)] : [])
	];
}

/** The years: who states which basis in which year; two bases are never one line. */
function yearsBasesNotes(rows: (Shown & { year: number })[], lang: Lang): string[] {
	const bases = [...new Set(rows.map((r) => r.stated.basis))];
	if (bases.length < 2)
		return bases[0] === 'cumulative'
			? [t('note_all_cumulative', lang), t(CUMULATIVE_APART, lang)]
			: [];
	// A county on several bases is named with the years of each.
	const mixed = new Set(
		rows
			.filter((r) => rows.some((o) => o.name === r.name && o.stated.basis !== r.stated.basis))
			.map((r) => r.name)
	);
	const named = rows.map((r) => {
		if (!mixed.has(r.name)) return r;
		const years = rows
			.filter((o) => o.name === r.name && o.stated.basis === r.stated.basis)
			.map((o) => yearLabel(o.year, lang));
		return { ...r, name: r.name + t('aside', lang, { text: list(years, lang) }) };
	});
	return [
		t('note_mixed_years', lang, { parts: whoIsWhich(named, bases, lang) }),
		...(bases.includes('cumulative') ? [t(CUMULATIVE_APART, lang)] : [])
	];
}

function boundsNote(stated: Stated[], lang: Lang): string[] {
	const qualifiers = new Set(stated.flatMap((s) => s.values.map((v) => v.qualifier)));
	const out: string[] = [];
	if (qualifiers.has('ge')) out.push(t('note_ge', lang));
	if (qualifiers.has('le')) out.push(t('note_le', lang));
	if (qualifiers.has('approx')) out.push(t('note_approx', lang));
	return out;
}

const DIRECTION_NOTE = {
	none: 'note_direction_none',
	lower: 'note_direction_lower',
	higher: 'note_direction_higher'
} as const;

function directionNote(model: CompareModel, lang: Lang): string {
	const metric = lang === 'zh' ? model.metric.name_zh : model.metric.name_en;
	return t(DIRECTION_NOTE[model.metric.better], lang, { metric });
}

function projectsNote(counties: string[], lang: Lang, kind: 'bar' | 'line'): string | null {
	if (!counties.length) return null;
	const names = list([...new Set(counties)], lang);
	return t(kind === 'bar' ? 'note_projects_bar' : 'note_projects_line', lang, { names });
}

export function rankingNotes(model: CompareModel, lang: Lang): string[] {
	const rows = model.ranking;
	const shown = rows.filter((r) => r.stated !== null);
	const notes: string[] = [directionNote(model, lang)];
	notes.push(
		...rankingBasesNotes(
			model,
			shown
				.filter((r) => !r.entity.project)
				.map((r) => ({ name: entityName(r.entity, lang), stated: r.stated! })),
			lang
		)
	);
	notes.push(
		...boundsNote(
			shown.map((r) => r.stated!),
			lang
		)
	);
	for (const r of rows.filter((x) => x.rank.status === 'conflict'))
		notes.push(
			t('note_conflict_ranked', lang, {
				name: r.entity.region_name,
				values: formatStated(r.stated, lang)
			})
		);
	const missing = rows.filter((r) => r.rank.status === 'missing').map((r) => r.entity.region_name);
	if (missing.length)
		notes.push(
			t('note_missing', lang, {
				names: list(missing, lang),
				year: yearLabel(model.view.year, lang)
			})
		);
	const projects = projectsNote(
		rows.filter((r) => r.entity.project).map((r) => r.entity.region_name),
		lang,
		'bar'
	);
	if (projects) notes.push(projects);
	return notes;
}

export function yearsNotes(model: CompareModel, lang: Lang): string[] {
	const notes: string[] = [];
	const cells = model.byYear.flatMap((r) =>
		r.cells.flatMap((stated, i) =>
			stated ? [{ name: entityName(r.entity, lang), stated, year: model.years[i]! }] : []
		)
	);
	notes.push(...yearsBasesNotes(cells, lang));
	const conflicts = model.byYear.flatMap((r) =>
		r.cells
			.map((c, i) =>
				c && c.values.length > 1
					? `${entityName(r.entity, lang)} ${yearLabel(model.years[i]!, lang)}`
					: null
			)
			.filter((x): x is string => x !== null)
	);
	if (conflicts.length)
		notes.push(t('note_conflict_blank', lang, { names: list(conflicts, lang) }));
	const silent = model.byYear
		.filter((r) => !r.entity.project && r.cells.every((c) => c === null))
		.map((r) => r.entity.region_name);
	if (silent.length) notes.push(t('note_silent', lang, { names: list(silent, lang) }));
	const projects = projectsNote(
		model.byYear
			.filter((r) => r.entity.project && r.cells.some((c) => c))
			.map((r) => r.entity.region_name),
		lang,
		'line'
	);
	if (projects) notes.push(projects);
	return notes;
}
