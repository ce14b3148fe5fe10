/**
 * What a reader must be told beside the compare charts: the ranking's direction, figures
 * on another basis than the metric's (named, never ranked), bounds, contradictions,
 * counties that report nothing, and project figures kept apart. Pure: the same sentences
 * at build time and live.
 */
import type { Basis } from '../domain/schema.ts';
import type { Lang } from '../format/index.ts';
import type { CompareModel } from '../queries/compare.ts';
import type { Stated } from '../queries/stated.ts';
import { BASIS_LABEL, entityName, yearLabel } from './compare.option.ts';
import { pointOf } from './series.ts';

const list = (names: string[], lang: Lang) => names.join(lang === 'zh' ? '、' : ', ');

interface Shown {
	name: string;
	stated: Stated;
}

const CUMULATIVE = {
	zh: '累计数是截至报告时的多年累计，起算时间各报告不一，已标“累计”，以浅色虚线框或单独的线显示。',
	en: 'Cumulative figures run over several years up to the report, from starts the reports do not share; they are marked “cumulative” and drawn pale with a dashed outline or as a line of their own.'
};

/** Who states which basis: “乐昌市、吴川市为累计数”. */
function whoIsWhich(rows: Shown[], bases: Basis[], lang: Lang): string {
	return bases
		.map((b) => {
			const who = list(
				[...new Set(rows.filter((r) => r.stated.basis === b).map((r) => r.name))],
				lang
			);
			return lang === 'zh' ? `${who}为${BASIS_LABEL[b].zh}` : `${who}: ${BASIS_LABEL[b].en}`;
		})
		.join(lang === 'zh' ? '；' : '; ');
}

/** The ranking: which counties' figures are on another basis than the one ranked. */
function rankingBasesNote(model: CompareModel, rows: Shown[], lang: Lang): string | null {
	const zh = lang === 'zh';
	const basis = model.metric.basis;
	const others = [...new Set(rows.map((r) => r.stated.basis))].filter((b) => b !== basis);
	if (!others.length)
		return basis === 'cumulative'
			? zh
				? `本图均为累计数，不是当年数。${CUMULATIVE.zh}`
				: `These are cumulative figures, not annual ones. ${CUMULATIVE.en}`
			: null;
	const name = zh ? model.metric.name_zh : model.metric.name_en;
	const label = BASIS_LABEL[basis][lang];
	const none = rows.every((r) => r.stated.basis !== basis);
	const apart = others.includes('cumulative') ? ` ${CUMULATIVE[lang]}` : '';
	return zh
		? `注意：“${name}”按${label}排名；${whoIsWhich(rows, others, lang)}，与${label}口径不同，不能直接比较，单列为“其他口径”，不参与排名。${none ? `本年没有县报告${label}，因此无排名。` : ''}${apart.trim()}`
		: `Note: “${name}” is ranked on ${label} figures; ${whoIsWhich(rows, others, lang)}, a different basis that cannot be compared directly, shown apart as “another basis” and not ranked.${none ? ` No county states ${label} figures for this year, so none is ranked.` : ''}${apart}`;
}

/** The years: who states which basis in which year; two bases are never one line. */
function yearsBasesNote(rows: (Shown & { year: number })[], lang: Lang): string | null {
	const zh = lang === 'zh';
	const bases = [...new Set(rows.map((r) => r.stated.basis))];
	if (bases.length < 2)
		return bases[0] === 'cumulative'
			? zh
				? `本图均为累计数，不是当年数。${CUMULATIVE.zh}`
				: `These are cumulative figures, not annual ones. ${CUMULATIVE.en}`
			: null;
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
			.map((o) => yearLabel(o.year, lang))
			.join(zh ? '、' : ', ');
		return { ...r, name: zh ? `${r.name}（${years}）` : `${r.name} (${years})` };
	});
	const cumulative = bases.includes('cumulative') ? ` ${CUMULATIVE[lang]}` : '';
	return zh
		? `注意：本图混合了不同口径（${whoIsWhich(named, bases, lang)}）。不同口径的数字不能直接比较，也不计算年度变化：同一县不同口径的数字分为不同的线，各标口径，不相连。${cumulative.trim()}`
		: `Note: this chart mixes bases (${whoIsWhich(named, bases, lang)}). Figures on different bases cannot be compared directly and no yearly change is drawn between them: a county's figures on two bases are two lines, each named by its basis, never joined.${cumulative}`;
}

function boundsNote(stated: Stated[], lang: Lang): string[] {
	const qualifiers = new Set(stated.flatMap((s) => s.values.map((v) => v.qualifier)));
	const out: string[] = [];
	if (qualifiers.has('ge'))
		out.push(
			lang === 'zh'
				? '“≥”表示报告写的是“超过、突破、以上”等：按写出的下限排序，实际数可能更高。'
				: '“≥” marks “more than”: ordered by the number written (a lower bound); the actual figure may be higher.'
		);
	if (qualifiers.has('le'))
		out.push(
			lang === 'zh'
				? '“≤”表示报告写的是上限：按写出的上限排序，实际数可能更低。'
				: '“≤” marks an upper bound: ordered by the number written; the actual figure may be lower.'
		);
	if (qualifiers.has('approx'))
		out.push(
			lang === 'zh'
				? '“≈”表示报告写的是约数（约、左右、预计）。'
				: '“≈” marks an approximate figure (about, around, expected).'
		);
	return out;
}

function directionNote(model: CompareModel, lang: Lang): string {
	const zh = lang === 'zh';
	const name = zh ? model.metric.name_zh : model.metric.name_en;
	switch (model.metric.better) {
		case 'none':
			return zh
				? `“${name}”没有“越高越好”或“越低越好”之分：按数值从大到小排列，不代表优劣，不排名。`
				: `“${name}” has no better direction: ordered by value, largest first; no ranking is implied.`;
		case 'lower':
			return zh
				? `“${name}”数值越低越好：排名从低到高。`
				: `For “${name}” lower is better: ranked from lowest to highest.`;
		default:
			return zh
				? `“${name}”数值越高越好：排名从高到低。`
				: `For “${name}” higher is better: ranked from highest to lowest.`;
	}
}

function projectsNote(counties: string[], lang: Lang, kind: 'bar' | 'line'): string | null {
	if (!counties.length) return null;
	const who = list([...new Set(counties)], lang);
	if (lang === 'zh')
		return `${who}的项目数字来自财政支出项目绩效自评报告：每个项目${kind === 'bar' ? '单列一条（标“项目”），不参与县际排名' : '单独一条线（标“项目”）'}，也不相加为部门总额。`;
	return `${who}: project figures come from project self-evaluations; each project is its own ${kind === 'bar' ? 'bar, not ranked against counties,' : 'line,'} and never summed into a department total.`;
}

export function rankingNotes(model: CompareModel, lang: Lang): string[] {
	const zh = lang === 'zh';
	const rows = model.ranking;
	const shown = rows.filter((r) => r.stated !== null);
	const notes: string[] = [directionNote(model, lang)];
	const bases = rankingBasesNote(
		model,
		shown
			.filter((r) => !r.entity.project)
			.map((r) => ({ name: entityName(r.entity, lang), stated: r.stated! })),
		lang
	);
	if (bases) notes.push(bases);
	notes.push(
		...boundsNote(
			shown.map((r) => r.stated!),
			lang
		)
	);
	for (const r of rows.filter((x) => x.rank.status === 'conflict')) {
		const values = pointOf(r.stated, lang).label;
		notes.push(
			zh
				? `${r.entity.region_name}：报告给出的数值不一致（${values}），两个数值都不用于排名，均列于下表。`
				: `${r.entity.region_name}: the reports disagree (${values}); ranked by neither value, both are in the table.`
		);
	}
	const missing = rows.filter((r) => r.rank.status === 'missing').map((r) => r.entity.region_name);
	if (missing.length)
		notes.push(
			zh
				? `${list(missing, lang)}：${yearLabel(model.view.year, lang)}未报告该数字（不作 0 处理，不参与排名）。`
				: `${list(missing, lang)}: not reported for ${model.view.year} (not treated as 0, not ranked).`
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
	const zh = lang === 'zh';
	const notes: string[] = [];
	const cells = model.byYear.flatMap((r) =>
		r.cells.flatMap((stated, i) =>
			stated ? [{ name: entityName(r.entity, lang), stated, year: model.years[i]! }] : []
		)
	);
	const bases = yearsBasesNote(cells, lang);
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
		notes.push(
			zh
				? `${list(conflicts, lang)}：报告给出的数值不一致，图中留空，各数值见下表。`
				: `The reports disagree for ${list(conflicts, lang)}; left blank in the chart, all values are in the table.`
		);
	const silent = model.byYear
		.filter((r) => !r.entity.project && r.cells.every((c) => c === null))
		.map((r) => r.entity.region_name);
	if (silent.length)
		notes.push(
			zh
				? `${list(silent, lang)}：各年均未报告该数字（部门整体），图中无线。`
				: `${list(silent, lang)}: no department figure in any year, so no line.`
		);
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
