import { describe, expect, test } from 'vitest';
import { CHECKS, countFindings, RULES, runAudit } from '../../../../src/lib/domain/audit/index.ts';
import { excerpt, plain } from '../../../../src/lib/domain/audit/text.ts';
import { catalogueSchema } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record, score } from './fixtures.ts';

describe('runAudit', () => {
	test('runs every rule and returns plain rows', () => {
		const r = record({
			self_score: 100,
			facts: [
				fact('one_window_rate', '92%', { basis: 'point' }),
				fact('one_window_rate', '90%', { basis: 'point' }),
				fact('external_score', '96分')
			],
			scores: [score('部门预算资金支出率', 3, 5)]
		});
		const found = runAudit([r], catalogue);
		expect(found.map((f) => f.check_id).sort()).toEqual([
			'conflicting-levels',
			'points-over-max',
			'score-maxima',
			'score-total',
			'self-above-external'
		]);
		expect(JSON.parse(JSON.stringify(found))).toEqual(found);
	});

	test('clean records give no findings', () => {
		expect(runAudit([record({ facts: [fact('one_window_rate', '92%')] })], catalogue)).toEqual([]);
		expect(runAudit([], catalogue)).toEqual([]);
	});

	test('check ids are unique and each rule declares its checks', () => {
		expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
		expect(RULES.every((r) => r.checks.length > 0)).toBe(true);
		for (const c of CHECKS) {
			expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(c.zh).toMatch(/[\u4e00-\u9fff]/);
		}
	});
});

describe('countFindings', () => {
	test('per report and severity, listing reports without findings too', () => {
		const r = record({
			facts: [fact('one_window_rate', '92%'), fact('one_window_rate', '90%')]
		});
		const counts = countFindings(['990001-2023', '990001-2022'], runAudit([r], catalogue));
		expect([...counts]).toEqual([
			['990001-2023', { error: 1, warning: 0, info: 0 }],
			['990001-2022', { error: 0, warning: 0, info: 0 }]
		]);
	});
});

describe('message text', () => {
	test('excerpt keeps short quotes and cuts long ones around the figure', () => {
		expect(excerpt('受理率达到 90%', '90%')).toBe('受理率达到 90%');
		const long =
			'全市依申请政务服务事项综合受理率、全流程网办率、单点登陆率分别达到 92%、81.4%、99.69%，较上年均有提升，群众满意度持续提高';
		const cut = excerpt(long, '92%');
		expect(cut).toContain('92%');
		expect(cut.startsWith('…')).toBe(true);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length).toBeLessThanOrEqual(42);
	});

	test('excerpt never starts inside a number', () => {
		const cut = excerpt(
			'在 2022 年韶关市各县（市区）数字政府和政务服务绩效考核中得分 99.1 分，位列全市前列',
			'99.1 分',
			20
		);
		expect(cut).not.toMatch(/^…\d/);
	});

	test('plain numbers', () => {
		expect(plain(73132000)).toBe('73,132,000');
		expect(plain(6.24772, 4)).toBe('6.2477');
		expect(plain(Infinity)).toBe('∞');
	});
});

describe('the catalogue fields the audit reads', () => {
	test('change_of, ratio_of and sum_of must name metrics in the catalogue', () => {
		const bad = {
			...catalogue,
			metrics: [
				...catalogue.metrics,
				{
					...catalogue.metrics[0]!,
					id: 'broken',
					name_zh: '损坏的指标',
					aliases: undefined,
					change_of: 'no_such_metric',
					sum_of: ['a', 'b']
				}
			]
		};
		const result = catalogueSchema.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.message)).toEqual([
			'“no_such_metric” is not a metric id in the catalogue',
			'“a” is not a metric id in the catalogue',
			'“b” is not a metric id in the catalogue'
		]);
		expect(catalogueSchema.safeParse(catalogue).success).toBe(true);
	});
});
