/** Shared fixtures for the domain tests: a small valid record and a way to break it. */
import type { Metric, Region } from '../../../src/lib/domain/schema.ts';
import { catalogueIndex, type VerifyContext } from '../../../src/lib/domain/verify.ts';

export type Key = string | number;
/** Passed to `setIn` to delete the key instead of setting it. */
export const DELETE = Symbol('delete');

/** Sets (or deletes) the value at `path` inside plain objects and arrays, in place. */
export function setIn(target: unknown, path: Key[], value: unknown): void {
	let at = target as Record<Key, unknown>;
	for (const key of path.slice(0, -1)) at = at[key] as Record<Key, unknown>;
	const last = path[path.length - 1]!;
	if (value === DELETE) delete at[last];
	else at[last] = value;
}

/** A copy of `base` with each [path, value] edit applied. */
export function edited<T>(base: T, ...edits: [Key[], unknown][]): T {
	const copy = structuredClone(base);
	for (const [path, value] of edits) setIn(copy, path, value);
	return copy;
}

/** A report fragment with the quirks of the PDF conversions (line 1 = header). */
export const SOURCE_TEXT = [
	'乐昌市政务服务数据管理局 2023 年度部门整体支出绩效自评报告',
	'2023 年年初预算为 3,710,164 元， 2022 年年初',
	'预算为 3,491,995 元。',
	'与上年度相比，年初预算增长 6.24%。',
	'预计全年办件量达到 1 万件。',
	'目前，我市“粤省事”实名用户数超89.65万人',
	'（1）绩效目标覆盖率（2 分）。自评得分 1.5 分',
	'（一）预算编制情况（28 分）',
	'--- next report ---',
	'本年财政拨款收入为7324.60万元，支出为7324.60万元。'
].join('\n');

export function validRecord() {
	return {
		report_id: '440281-2023',
		status: 'reviewed',
		region_code: '440281',
		year: 2023,
		kind: 'overall',
		report_type: '部门整体支出',
		project_name: null as string | null,
		title: '2023年度部门整体支出绩效自评报告',
		unit_name: '乐昌市政务服务数据管理局',
		filed_on: '2024-05-21',
		source: { file: 'report.txt', lines: [1, 8] },
		self_score: 100,
		grade: null,
		facts: [
			{
				metric: 'budget_initial',
				year: 2023,
				value: 3710164,
				qualifier: 'eq',
				basis: 'annual',
				figure: '3,710,164 元',
				quote: '2023 年年初预算为 3,710,164 元, 2022 年年初预算为 3,491,995 元'
			},
			{
				metric: 'budget_initial',
				year: 2022,
				value: 3491995,
				qualifier: 'eq',
				basis: 'annual',
				figure: '3,491,995 元',
				quote: '2023 年年初预算为 3,710,164 元, 2022 年年初预算为 3,491,995 元'
			},
			{
				metric: 'budget_initial_change',
				year: 2023,
				value: 6.24,
				qualifier: 'eq',
				basis: 'annual',
				figure: '增长 6.24%',
				quote: '与上年度相比, 年初预算增长 6.24%'
			},
			{
				metric: 'yss_users',
				year: 2023,
				value: 896500,
				qualifier: 'ge',
				basis: 'point',
				figure: '超89.65万人',
				quote: '目前，我市"粤省事"实名用户数超89.65万人'
			}
		],
		scores: [
			{
				section: '预算编制',
				group: '目标设置',
				indicator: '绩效目标覆盖率',
				max_points: 2 as number | null,
				points: 1.5,
				quote: '(1) 绩效目标覆盖率 (2 分)。 自评得分 1.5 分'
			}
		],
		subtotals: [
			{
				section: '预算编制',
				group: null,
				max_points: 28,
				points: null,
				quote: '(一) 预算编制情况 (28 分)'
			}
		]
	};
}

function metric(id: string, unit: string, units?: string[]): Metric {
	return {
		id,
		category: 'test',
		name_zh: id,
		name_en: id,
		unit,
		basis: 'annual',
		...(units ? { units } : {}),
		better: 'none',
		description: id
	};
}

const METRICS = catalogueIndex({
	categories: { test: { zh: '测试', en: 'Test' } },
	metrics: [
		metric('budget_initial', '元'),
		metric('budget_initial_change', '%'),
		metric('expenditure_final', '元'),
		metric('yss_users', '人', ['户']),
		metric('online_cases', '件')
	]
});

const REGIONS = new Map<string, Region>([
	['440200', { code: '440200', name: '韶关市', level: 'city', parent: '440000' }],
	['440281', { code: '440281', name: '乐昌市', level: 'county', parent: '440200' }]
]);

export function context(extra: Partial<VerifyContext> = {}): VerifyContext {
	return {
		metrics: METRICS,
		regions: REGIONS,
		sources: new Map([['report.txt', SOURCE_TEXT]]),
		...extra
	};
}
