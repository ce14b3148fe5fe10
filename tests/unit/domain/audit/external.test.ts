import { describe, expect, test } from 'vitest';
import { external } from '../../../../src/lib/domain/audit/external.ts';
import { auditContext } from '../../../../src/lib/domain/audit/facts.ts';
import type { Catalogue, EvaluationRecord } from '../../../../src/lib/domain/schema.ts';
import { catalogue, fact, record } from './fixtures.ts';

const run = (r: EvaluationRecord, c: Catalogue = catalogue) => external.run(auditContext([r], c));
const withScores = (self: number, ...externals: string[]) =>
	record({ self_score: self, facts: externals.map((e) => fact('external_score', e)) });

describe('self-score against the external assessment', () => {
	test('a gap above the catalogue’s threshold (3) is a warning', () => {
		const found = run(withScores(100, '96分'));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ check_id: 'self-above-external', severity: 'warning' });
		expect(found[0]!.message).toContain('自评 100 分');
		expect(found[0]!.message).toContain('“96分”');
		expect(found[0]!.message).toContain('自评高出 4 分，超过 3 分的提示线');
	});

	test('a smaller gap, or a lower self-score, is info', () => {
		expect(run(withScores(99, '96分'))[0]).toMatchObject({
			check_id: 'self-vs-external',
			severity: 'info'
		});
		const lower = run(withScores(98.2, '99.1 分'));
		expect(lower[0]!.severity).toBe('info');
		expect(lower[0]!.message).toContain('自评低 0.9 分');
	});

	test('edge: a gap exactly at the threshold is info; just above is a warning', () => {
		expect(run(withScores(99, '96 分'))[0]!.severity).toBe('info');
		expect(run(withScores(99.1, '96 分'))[0]!.severity).toBe('warning');
	});

	test('restatements of the same external score give one finding', () => {
		const found = run(withScores(100, '96分', '96 分', '96 分'));
		expect(found).toHaveLength(1);
		expect(found[0]!.fact_ids).toHaveLength(3);
		expect(found[0]!.message).toContain('另有 2 处相同');
	});

	test('no external score, or no self-score, gives nothing', () => {
		expect(run(record({ self_score: 100 }))).toEqual([]);
		expect(run(record({ facts: [fact('external_score', '96分')] }))).toEqual([]);
	});

	test('the self-score may come from a stated fact when the record has none', () => {
		const r = record({ facts: [fact('self_score', '100 分'), fact('external_score', '90 分')] });
		expect(run(r)[0]!.severity).toBe('warning');
	});

	test('without a threshold in the catalogue every gap is info', () => {
		const bare: Catalogue = {
			...catalogue,
			metrics: catalogue.metrics.map((m) =>
				m.id === 'external_score' ? { ...m, gap_warning: undefined } : m
			)
		};
		expect(run(withScores(100, '80分'), bare)[0]!.severity).toBe('info');
	});
});
