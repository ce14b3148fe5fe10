/**
 * The shapes of the hand-edited files under data/: evaluation records, the metric
 * catalogue and the region list. Types are derived from the schemas so the build,
 * the audit and the site agree on one definition.
 */
import { z } from 'zod';
import { BASES, type Basis } from './bases.ts';

export { BASES, type Basis };

export const QUALIFIERS = ['eq', 'ge', 'le', 'approx'] as const;
export const KINDS = ['overall', 'project'] as const;
export const SCOPES = ['department', 'project'] as const;
export const DIRECTIONS = ['higher', 'lower', 'none'] as const;
export const LEVELS = ['province', 'city', 'county'] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Kind = (typeof KINDS)[number];
export type Scope = (typeof SCOPES)[number];

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const text = z.string().trim().min(1, 'must not be empty');
const year = z
	.number()
	.int('must be a whole year')
	.min(MIN_YEAR, `must be ${MIN_YEAR} or later`)
	.max(MAX_YEAR, `must be ${MAX_YEAR} or earlier`);
const regionCode = z.string().regex(/^\d{6}$/, 'must be a six-digit GB/T 2260 code (as a string)');
const points = z.number().min(-100).max(200);

export const factSchema = z.strictObject({
	metric: text,
	year,
	value: z.number().refine(Number.isFinite, 'must be a finite number'),
	qualifier: z.enum(QUALIFIERS),
	basis: z.enum(BASES),
	figure: text,
	/** The unit a table states for the figure's column or the whole table (年度预算数（万元）,
	 * 单位：万元) when the figure is written without one; it must occur in the quote. */
	table_unit: text.optional(),
	quote: text,
	scope: z.enum(SCOPES).optional(),
	part: text.optional(),
	note: z.string().optional(),
	uncertain: z.string().optional()
});

export const scoreSchema = z.strictObject({
	section: text,
	group: text.nullable().optional(),
	indicator: text,
	max_points: points.nullable(),
	points,
	quote: text
});

export const subtotalSchema = z.strictObject({
	section: text,
	group: text.nullable().optional(),
	max_points: points.nullable(),
	points: points.nullable().optional(),
	quote: text
});

export const recordSchema = z
	.strictObject({
		report_id: z
			.string()
			.regex(
				/^\d{6}-\d{4}(-[a-z0-9]+(-[a-z0-9]+)*)?$/,
				'must look like 440281-2023[-project-slug]'
			),
		status: z.enum(['reviewed', 'draft']),
		region_code: regionCode,
		year,
		kind: z.enum(KINDS),
		report_type: text,
		project_name: text.nullable(),
		title: text,
		unit_name: text,
		filed_on: z.iso.date('must be a date like 2024-05-21').nullable(),
		source: z.strictObject({
			file: text,
			lines: z
				.tuple([z.number().int().min(1), z.number().int().min(1)])
				.refine(([a, b]) => a <= b, 'first line must not be after the last'),
			sha256: z
				.string()
				.regex(/^[0-9a-f]{64}$/)
				.optional()
		}),
		self_score: points.nullable(),
		grade: text.nullable(),
		facts: z.array(factSchema).default([]),
		scores: z.array(scoreSchema).default([]),
		subtotals: z.array(subtotalSchema).default([])
	})
	.refine((r) => (r.kind === 'project') === (r.project_name !== null), {
		message: 'a project report needs project_name, and only a project report has one',
		path: ['project_name']
	});

export type Fact = z.infer<typeof factSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type Subtotal = z.infer<typeof subtotalSchema>;
export type EvaluationRecord = z.infer<typeof recordSchema>;

export const metricSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
	category: text,
	name_zh: text,
	name_en: text,
	aliases: z.array(text).optional(),
	unit: text,
	/** The basis its figures are compared on; a fact on another basis explains itself in a note. */
	basis: z.enum(BASES),
	units: z.array(text).optional(),
	better: z.enum(DIRECTIONS),
	description: text,
	max: z.number().optional(),
	min: z.number().optional(),
	change_of: text.optional(),
	ratio_of: z.strictObject({ numerator: text, denominator: text }).optional(),
	sum_of: z.array(text).min(2).optional(),
	gap_warning: z.number().min(0).optional()
});

export const catalogueSchema = z
	.strictObject({
		categories: z.record(z.string(), z.strictObject({ zh: text, en: text })),
		metrics: z.array(metricSchema).min(1)
	})
	.superRefine((catalogue, ctx) => {
		for (const p of vocabularyProblems(catalogue.metrics)) ctx.addIssue({ code: 'custom', ...p });
		const ids = new Set(catalogue.metrics.map((m) => m.id));
		catalogue.metrics.forEach((m, i) => {
			const refs: [string, string | undefined][] = [
				['change_of', m.change_of],
				['ratio_of.numerator', m.ratio_of?.numerator],
				['ratio_of.denominator', m.ratio_of?.denominator],
				...(m.sum_of ?? []).map((id, j): [string, string] => [`sum_of[${j}]`, id])
			];
			for (const [field, ref] of refs) {
				if (ref !== undefined && !ids.has(ref)) {
					ctx.addIssue({
						code: 'custom',
						path: ['metrics', i, ...field.split('.')],
						message: `“${ref}” is not a metric id in the catalogue`
					});
				}
			}
		});
	});

export type Metric = z.infer<typeof metricSchema>;

/** How an alias or a name is compared: without spaces and quotation marks. */
export const vocabularyKey = (s: string) => s.replace(/[\s“”"‘’'「」《》]/g, '');

/** Remarks for editors, not part of a definition: “（或者在 … 中加入…）”, TODO, 待定. */
const EDITING_NOTE =
	/(或者?在.{0,30}(中|里)(加入|添加|增加)|可以?改为|改成|待(定|补|确认|核实)|暂定|TODO|FIXME|XXX|\?\?|？？)/;

/**
 * One word, one metric: an alias (or a Chinese name) that two metrics claim would tie the
 * same figure to either. A description says what the metric is, with no note to an
 * editor in it.
 */
export function vocabularyProblems(
	metrics: Pick<Metric, 'id' | 'name_zh' | 'aliases' | 'description'>[]
): { path: (string | number)[]; message: string }[] {
	const out: { path: (string | number)[]; message: string }[] = [];
	const owner = new Map<string, string>();
	metrics.forEach((m, i) => {
		const words = [m.name_zh, ...(m.aliases ?? [])].map(vocabularyKey);
		for (const word of new Set(words)) {
			const other = owner.get(word);
			if (other && other !== m.id) {
				const at = (m.aliases ?? []).findIndex((a) => vocabularyKey(a) === word);
				out.push({
					path: at >= 0 ? ['metrics', i, 'aliases', at] : ['metrics', i, 'name_zh'],
					message: `“${word}” names both ${other} and ${m.id}: one word can name only one metric`
				});
			} else owner.set(word, m.id);
		}
		const d = m.description.trim();
		if (EDITING_NOTE.test(d)) {
			out.push({
				path: ['metrics', i, 'description'],
				message: `reads as an editing note, not a definition: “${EDITING_NOTE.exec(d)![0]}”`
			});
		}
	});
	return out;
}
export type Catalogue = z.infer<typeof catalogueSchema>;

export const regionSchema = z.strictObject({
	code: regionCode,
	name: text,
	level: z.enum(LEVELS),
	parent: regionCode.optional()
});

export const regionsFileSchema = z.strictObject({
	/** Benchmark data only (scripts/bench/): invented regions, checked by scripts/lib/synthetic.ts. */
	synthetic: z.literal(true).optional(),
	regions: z.array(regionSchema).min(1)
});

export type Region = z.infer<typeof regionSchema>;

/** A fact's id in facts.parquet: the report and the fact's 1-based position in it. */
export const factId = (reportId: string, index: number) => `${reportId}#f${index + 1}`;

/** A scored indicator's id: the report and the `position` column of scores.parquet. */
export const scoreId = (reportId: string, index: number) => `${reportId}#s${index + 1}`;

/** The scope a fact describes: a project report's figures are the project's unless marked. */
export function factScope(record: Pick<EvaluationRecord, 'kind'>, fact: Fact): Scope {
	return fact.scope ?? (record.kind === 'project' ? 'project' : 'department');
}
