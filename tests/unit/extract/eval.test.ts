import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadExtractContext } from '../../../scripts/lib/extract-context.ts';
import { evaluateExtractor } from '../../../scripts/lib/extract-eval.ts';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';

describe('the extractor on the reports in data/sources (npm run extract:eval)', () => {
	const result = evaluateExtractor('data');

	test('drafts every report', () => {
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

	// A draft is verified before it is returned and whatever fails is dropped, so the
	// drafts themselves always pass: what must be empty is what was dropped.
	test('drops nothing: every figure it reads passes the verification of npm run data', () => {
		const ctx = loadExtractContext('data');
		const sources = join('data', 'sources');
		const dropped = readdirSync(sources)
			.filter((f) => f.endsWith('.txt'))
			.flatMap((file) => {
				const result = extractReports(readFileSync(join(sources, file), 'utf8'), file, ctx);
				return result.notReport === null
					? result.drafts.flatMap((d) =>
							d.dropped.map((p) => `${d.record.report_id}: ${p.path}: ${p.message}`)
						)
					: [];
			});
		expect(dropped).toEqual([]);
	});
});
