/** Labels the charts and their tables share, in the reader's language (words from i18n/). */
import type { Basis } from '../domain/schema.ts';
import type { Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import type { Entity } from '../queries/compare.ts';

const BASIS = {
	annual: 'basis_annual',
	cumulative: 'basis_cumulative',
	point: 'basis_point'
} as const satisfies Record<Basis, string>;

/** 年度数 · 累计数 · 时点数. */
export const basisLabel = (basis: Basis, lang: Lang) => t(BASIS[basis], lang);

/** 2023年 · 2023; a project's name stays as it is. */
export const yearLabel = (category: number | string, lang: Lang) =>
	typeof category === 'number' ? t('year', lang, { year: category }) : category;

/** 乐昌市 · 新丰县·政务系统管理（项目） · Xinfeng·政务系统管理 (project) */
export function entityName(e: Entity, lang: Lang, separator = '·'): string {
	if (!e.project) return e.region_name;
	return t('entity_project', lang, { county: e.region_name, project: e.project, separator });
}

const BETTER = {
	higher: 'better_higher',
	lower: 'better_lower',
	none: 'no_direction'
} as const;

/** 越高越好 · 越低越好 · 无优劣方向. */
export const directionLabel = (better: keyof typeof BETTER, lang: Lang) => t(BETTER[better], lang);
