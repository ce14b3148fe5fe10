import { describe, expect, test } from 'vitest';
import {
	catalogueSchema,
	factScope,
	recordSchema,
	regionsFileSchema
} from '../../../src/lib/domain/schema.ts';
import { pathOf } from '../../../src/lib/domain/verify.ts';
import { DELETE, edited, validRecord, type Key } from './fixtures.ts';

/** The paths of the problems zod reports for a valid record after the edits. */
function issuesOf(...edits: [Key[], unknown][]): string[] {
	const result = recordSchema.safeParse(edited(validRecord(), ...edits));
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => pathOf(i.path));
}

describe('recordSchema', () => {
	test('a valid record parses, with defaults for missing lists', () => {
		const parsed = recordSchema.parse(validRecord());
		expect(parsed.facts[0]!.value).toBe(3710164);
		expect(parsed.scores[0]!.points).toBe(1.5);

		const bare = edited(
			validRecord(),
			[['facts'], DELETE],
			[['scores'], DELETE],
			[['subtotals'], DELETE]
		);
		const p = recordSchema.parse(bare);
		expect(p.facts).toEqual([]);
		expect(p.scores).toEqual([]);
		expect(p.subtotals).toEqual([]);
	});

	test('a project report with its project_name parses', () => {
		const r = edited(
			validRecord(),
			[['report_id'], '440233-2023-extranet'],
			[['kind'], 'project'],
			[['project_name'], '电子政务外网网络管理']
		);
		expect(recordSchema.safeParse(r).success).toBe(true);
	});

	test.each(['title', 'report_id', 'region_code', 'year', 'kind', 'source', 'status'])(
		'missing %s fails at that path',
		(field) => {
			expect(issuesOf([[field], DELETE])).toContain(field);
		}
	);

	test('missing fields inside facts, scores and source name their index', () => {
		expect(issuesOf([['facts', 1, 'quote'], DELETE])).toEqual(['facts[1].quote']);
		expect(issuesOf([['facts', 0, 'value'], DELETE])).toEqual(['facts[0].value']);
		expect(issuesOf([['scores', 0, 'points'], DELETE])).toEqual(['scores[0].points']);
		expect(issuesOf([['source', 'file'], DELETE])).toEqual(['source.file']);
	});

	test('wrong enum values fail at their path', () => {
		expect(issuesOf([['facts', 2, 'qualifier'], 'about'])).toEqual(['facts[2].qualifier']);
		expect(issuesOf([['facts', 0, 'basis'], 'yearly'])).toEqual(['facts[0].basis']);
		expect(issuesOf([['facts', 0, 'scope'], 'county'])).toEqual(['facts[0].scope']);
		expect(issuesOf([['status'], 'final'])).toEqual(['status']);
		expect(issuesOf([['kind'], 'department'])).toContain('kind');
	});

	test('years out of range fail with the range in the message', () => {
		const result = recordSchema.safeParse(edited(validRecord(), [['year'], 1999]));
		expect(result.error!.issues.map((i) => [pathOf(i.path), i.message])).toEqual([
			['year', 'must be 2000 or later']
		]);
		expect(issuesOf([['facts', 3, 'year'], 2101])).toEqual(['facts[3].year']);
		expect(issuesOf([['year'], 2023.5])).toEqual(['year']);
		expect(issuesOf([['year'], '2023'])).toEqual(['year']);
		expect(recordSchema.safeParse(edited(validRecord(), [['year'], 2000])).success).toBe(true);
		expect(recordSchema.safeParse(edited(validRecord(), [['year'], 2100])).success).toBe(true);
	});

	test.each([440281, '44028', '4402810', '44028a', 'CN-440281'])(
		'region code %j is refused',
		(code) => {
			expect(issuesOf([['region_code'], code])).toEqual(['region_code']);
		}
	);

	test('report_id must look like <code>-<year>[-slug]', () => {
		for (const bad of [
			'440281',
			'440281-23',
			'440281-2023-',
			'440281-2023-Extranet',
			'440281_2023'
		])
			expect(issuesOf([['report_id'], bad])).toEqual(['report_id']);
	});

	test('a project report without project_name fails at project_name', () => {
		const result = recordSchema.safeParse(edited(validRecord(), [['kind'], 'project']));
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => pathOf(i.path))).toEqual(['project_name']);
		expect(result.error!.issues[0]!.message).toMatch(/project report needs project_name/);
	});

	test('an overall report with a project_name fails too', () => {
		expect(issuesOf([['project_name'], '某项目'])).toEqual(['project_name']);
	});

	test('unknown keys, bad dates and reversed line ranges are refused', () => {
		expect(issuesOf([['facts', 0, 'valeu'], 1])).toEqual(['facts[0]']);
		expect(issuesOf([['filed_on'], '2024-13-01'])).toEqual(['filed_on']);
		expect(
			issuesOf([
				['source', 'lines'],
				[10, 1]
			])
		).toEqual(['source.lines']);
		expect(
			issuesOf([
				['source', 'lines'],
				[0, 1]
			])
		).toEqual(['source.lines[0]']);
		expect(issuesOf([['facts', 0, 'value'], Infinity])).toEqual(['facts[0].value']);
		expect(issuesOf([['facts', 0, 'figure'], '  '])).toEqual(['facts[0].figure']);
	});
});

describe('factScope', () => {
	const fact = recordSchema.parse(validRecord()).facts[0]!;
	test('defaults to the report kind unless the fact says otherwise', () => {
		expect(factScope({ kind: 'overall' }, fact)).toBe('department');
		expect(factScope({ kind: 'project' }, fact)).toBe('project');
		expect(factScope({ kind: 'project' }, { ...fact, scope: 'department' })).toBe('department');
	});
});

describe('catalogue and regions', () => {
	const metric = {
		id: 'budget_initial',
		category: 'budget',
		name_zh: '年初预算',
		name_en: 'Initial budget',
		unit: '元',
		basis: 'annual',
		better: 'none',
		description: '年初批复的预算数。'
	};
	test('a catalogue parses; a bad id or direction does not', () => {
		const categories = { budget: { zh: '预算', en: 'Budget' } };
		expect(catalogueSchema.safeParse({ categories, metrics: [metric] }).success).toBe(true);
		const bad = catalogueSchema.safeParse({
			categories,
			metrics: [{ ...metric, id: 'Budget-Initial', better: 'up' }]
		});
		expect(bad.error!.issues.map((i) => pathOf(i.path)).sort()).toEqual([
			'metrics[0].better',
			'metrics[0].id'
		]);
	});
	test('regions need six-digit codes and a known level', () => {
		const ok = { regions: [{ code: '440281', name: '乐昌市', level: 'county', parent: '440200' }] };
		expect(regionsFileSchema.safeParse(ok).success).toBe(true);
		const bad = regionsFileSchema.safeParse({
			regions: [{ code: '4402', name: '乐昌市', level: 'town' }]
		});
		expect(bad.error!.issues.map((i) => pathOf(i.path)).sort()).toEqual([
			'regions[0].code',
			'regions[0].level'
		]);
	});
});
