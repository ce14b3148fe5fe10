import { describe, expect, it } from 'vitest';
import { splitComparable } from '../../../src/lib/queries/comparable.ts';
import { coverageModel, coverageStatus } from '../../../src/lib/queries/coverage.ts';
import type { MetricInfo } from '../../../src/lib/queries/metrics.ts';
import { county, fact } from './profile-fixtures.ts';

const metric = (metric_id: string, category = 'budget'): MetricInfo => ({
	metric_id,
	category,
	category_zh: category,
	category_en: category,
	name_zh: metric_id,
	name_en: metric_id,
	unit: '元',
	better: 'none',
	basis: 'annual',
	description: '',
	years: [2023],
	regions: 2
});

const LECHANG = county('440281', '乐昌市');
const XINFENG = county('440233', '新丰县');
const project = { scope: 'project' as const, project_name: '政务系统管理', region_code: '440233' };

describe('coverageStatus', () => {
	it('says stated, qualified only, project only or missing', () => {
		expect(coverageStatus([{ scope: 'department', qualifier: 'eq' }])).toBe('stated');
		expect(
			coverageStatus([
				{ scope: 'department', qualifier: 'ge' },
				{ scope: 'department', qualifier: 'eq' }
			])
		).toBe('stated');
		expect(coverageStatus([{ scope: 'department', qualifier: 'approx' }])).toBe('qualified');
		expect(coverageStatus([{ scope: 'project', qualifier: 'eq' }])).toBe('project');
		expect(coverageStatus([])).toBe('missing');
	});
});

describe('coverageModel', () => {
	const catalogue = ['budget_initial', 'expenditure_final', 'yzz_transactions', 'web_articles'].map(
		(id) => metric(id, id.startsWith('yzz') ? 'kiosk' : 'budget')
	);
	const facts = [
		fact({ metric_id: 'budget_initial', year: 2023, value: 3710164 }),
		fact({ metric_id: 'budget_initial', year: 2023, value: 110000, ...project }),
		fact({ metric_id: 'yzz_transactions', year: 2023, value: 930000, qualifier: 'ge' }),
		fact({ metric_id: 'expenditure_final', year: 2023, value: 57790, ...project }),
		// Another year, and a part of the scope: neither counts.
		fact({ metric_id: 'web_articles', year: 2022, value: 10 }),
		fact({ metric_id: 'web_articles', year: 2023, value: 10, part: '信息中心' }),
		fact({
			metric_id: 'budget_initial',
			year: 2023,
			value: 5000,
			region_code: '440233',
			part: '局机关'
		})
	];
	const model = coverageModel(facts, 2023, catalogue, [LECHANG, XINFENG]);

	it('has a row for each metric some county states that year, grouped by category', () => {
		expect(model.groups.map((g) => [g.category, g.rows.map((r) => r.metric.metric_id)])).toEqual([
			['budget', ['budget_initial', 'expenditure_final']],
			['kiosk', ['yzz_transactions']]
		]);
		const row = (id: string) =>
			model.groups.flatMap((g) => g.rows).find((r) => r.metric.metric_id === id)!;
		expect(row('budget_initial')).toMatchObject({ cells: ['stated', 'project'], stating: 2 });
		expect(row('expenditure_final')).toMatchObject({ cells: ['missing', 'project'], stating: 1 });
		expect(row('yzz_transactions')).toMatchObject({ cells: ['qualified', 'missing'], stating: 1 });
	});

	it('counts per county and lists what peers state that it leaves out', () => {
		const [lechang, xinfeng] = model.summary;
		expect(lechang!.counts).toEqual({ stated: 1, qualified: 1, project: 0, missing: 1 });
		expect(lechang!.leftOut.map((m) => m.metric_id)).toEqual(['expenditure_final']);
		expect(xinfeng!.counts).toEqual({ stated: 0, qualified: 0, project: 2, missing: 1 });
		expect(xinfeng!.leftOut.map((m) => m.metric_id)).toEqual(['yzz_transactions']);
	});
});

describe('splitComparable', () => {
	const groups = [
		{
			category: 'budget',
			rows: [
				{ id: 'a', n: 3 },
				{ id: 'b', n: 1 }
			]
		},
		{ category: 'kiosk', rows: [{ id: 'c', n: 1 }] },
		{ category: 'web', rows: [{ id: 'd', n: 2 }] }
	];
	it('keeps metrics two or more counties state first, the rest apart with their count', () => {
		const split = splitComparable(groups, (r: { id: string; n: number }) => r.n);
		expect(split.comparable.map((g) => [g.category, g.rows.map((r) => r.id)])).toEqual([
			['budget', ['a']],
			['web', ['d']]
		]);
		expect(split.single.map((g) => [g.category, g.rows.map((r) => r.id)])).toEqual([
			['budget', ['b']],
			['kiosk', ['c']]
		]);
		expect(split.singleRows).toBe(2);
	});
});
