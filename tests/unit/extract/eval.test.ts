import { describe, expect, test } from 'vitest';
import { evaluateExtractor } from '../../../scripts/lib/extract-eval.ts';

describe('the extractor on the seed reports (npm run extract:eval)', () => {
	const result = evaluateExtractor('data');

	test('drafts every seed report', () => {
		expect(result.rows.filter((r) => r.draft === null).map((r) => r.report)).toEqual([]);
		expect(result.rows.filter((r) => r.report.startsWith('(none)')).map((r) => r.draft)).toEqual(
			[]
		);
	});

	// Recall counts every curated figure, also those of metrics the extractor has no rule
	// for yet (gov_systems, yzz_towns, security_risk_letters and others).
	test('precision ≥ 95% and recall ≥ 88% against the curated records', () => {
		expect(result.precision).toBeGreaterThanOrEqual(0.95);
		expect(result.recall).toBeGreaterThanOrEqual(0.88);
	});

	test('every draft passes the verification of npm run data', () => {
		expect(result.total.problems).toEqual([]);
	});
});
