/**
 * What a reader must be told beside the compare charts: the ranking's direction, mixed
 * bases, bounds, contradictions, counties that report nothing, and project figures kept
 * apart. Pure: the same sentences at build time and live.
 */
import { formatStated, type Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { CompareModel } from '../queries/compare.ts';
import type { Stated } from '../queries/stated.ts';
import { basisLabel, entityName, yearLabel } from './labels.ts';

const list = (names: string[], lang: Lang) => names.join(t('list_separator', lang));

function basesNote(rows: { name: string; stated: Stated }[], lang: Lang): string | null {
	const bases = [...new Set(rows.map((r) => r.stated.basis))];
	if (bases.length > 1) {
		const parts = bases
			.map((b) => {
				const who = [...new Set(rows.filter((r) => r.stated.basis === b).map((r) => r.name))];
				return t('note_bases_of', lang, { names: list(who, lang), basis: basisLabel(b, lang) });
			})
			.join(t('note_parts_separator', lang));
		return bases.includes('cumulative')
			? t('note_mixed_cumulative', lang, { parts })
			: t('note_mixed', lang, { parts });
	}
	if (bases[0] === 'cumulative') return t('note_all_cumulative', lang);
	return null;
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
	const bases = basesNote(
		shown.map((r) => ({ name: entityName(r.entity, lang), stated: r.stated! })),
		lang
	);
	if (bases) notes.push(bases);
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
		r.cells
			.filter((c): c is Stated => c !== null)
			.map((stated) => ({
				name: entityName(r.entity, lang),
				stated
			}))
	);
	const bases = basesNote(cells, lang);
	if (bases) notes.push(bases);
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
