/**
 * The corpora npm run extract:eval scores, held to what must always be true of them (the
 * scores themselves are reported, not asserted): the wild and held-out corpora are kept as
 * excerpts with their addresses and quotes a reader can find, no genuine wild report is
 * refused and no non-report drafted, no drafted quote is missing from its text; the seed variants really differ from the seeds,
 * their expected figures follow the same change, and no seed value reaches a variant.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadExtractContext } from '../../../scripts/lib/extract-context.ts';
import { evaluateVariants } from '../../../scripts/lib/eval-variants.ts';
import { corpusFiles, evaluateCorpus } from '../../../scripts/lib/eval-wild.ts';
import { loadInputs } from '../../../scripts/lib/load.ts';
import { seedVariants } from '../../../scripts/lib/seed-variants.ts';
import { recordSchema, type EvaluationRecord } from '../../../src/lib/domain/schema.ts';

const ctx = loadExtractContext('data');

// The held-out corpus shrinks as studied documents move up to wild/: its floor is what it
// holds now, so a document lost by mistake is noticed; it grows only by new reports.
describe.each([
	['the wild corpus', 'tests/fixtures/wild', 15, 4],
	['the held-out corpus', 'tests/fixtures/wild/heldout', 7, 1]
])('%s', (_, dir, reports, others) => {
	const files = corpusFiles(dir);

	test('enough genuine reports and some non-reports, each an excerpt with its address', () => {
		expect(files.filter((f) => f.expected.report).length).toBeGreaterThanOrEqual(reports);
		expect(files.filter((f) => !f.expected.report).length).toBeGreaterThanOrEqual(others);
		for (const { expected } of files) {
			expect(expected.url).toMatch(/^https?:\/\//);
			expect(expected.excerpt).toBe(true);
		}
	});

	// A table figure's quote is its heading and its cell, which stand apart in the text.
	test('the words of every curated quote occur in its excerpt, in order', () => {
		for (const { path, expected } of files) {
			const text = readFileSync(path, 'utf8');
			for (const f of expected.facts ?? []) {
				let at = 0;
				for (const word of f.quote!.split(/\s+/)) {
					at = text.indexOf(word, at);
					expect(at, `${path}: ${f.quote}`).toBeGreaterThanOrEqual(0);
				}
			}
		}
	});
});

describe('the extractor on the wild corpus', () => {
	test('no genuine report refused, no non-report drafted, no drafted quote outside its text', async () => {
		const result = await evaluateCorpus('tests/fixtures/wild', ctx);
		expect(result.refused).toEqual([]);
		expect(result.acceptedWrongly).toEqual([]);
		expect(result.quotesMissing).toBe(0);
	}, 60_000);

	// Only what must hold of any document: the held-out scores are reported, never tuned to.
	test('no drafted quote outside its text on the held-out reports', async () => {
		const result = await evaluateCorpus('tests/fixtures/wild/heldout', ctx);
		expect(result.quotesMissing).toBe(0);
	}, 60_000);
});

describe('the seed variants', () => {
	const inputs = loadInputs('data');
	const records: EvaluationRecord[] = inputs.records.map((r) => recordSchema.parse(r.data));
	const max = (id: string) => ctx.catalogue.metrics.find((m) => m.id === id)?.max;
	const variants = seedVariants(inputs.sources, records, ctx.regions, max);

	test('every seed gets every layout, and none keeps the county, its years or its figures', () => {
		expect(variants).toHaveLength(inputs.sources.size * 4);
		for (const v of variants) {
			expect(v.text).not.toMatch(/乐昌|新丰|吴川/);
			expect(v.text).toMatch(/测试县[0-9０-９]{4}/);
			expect(v.expected.every((e) => e.year >= 2023)).toBe(true);
		}
		const lechang = variants.find((v) => v.name.startsWith('004_'))!;
		expect(lechang.text).not.toContain('3,010,664.91');
		expect(lechang.text).not.toContain('2021 年');
	});

	test('a changed figure’s expected value is its curated value changed the same way', () => {
		const v = variants.find((x) => x.name === '004_ae923b7ef8d2ec7e.txt · nfkc')!;
		const curated = records.find((r) => r.report_id === '440281-2021')!;
		const before = curated.facts.find((f) => f.metric === 'budget_initial' && f.year === 2021)!;
		const after = v.expected.find((f) => f.metric === 'budget_initial' && f.year === 2024)!;
		expect(after.value).not.toBe(before.value);
		expect(after.value / before.value).toBeGreaterThan(0.8);
		expect(after.value / before.value).toBeLessThan(1.2);
		const written = (after.value / 1e4).toFixed(2);
		expect(v.text.replace(/,/g, '')).toContain(String(after.value % 1 ? after.value : written));
	});

	test('no seed value is drafted into a variant, and every drafted quote is in the variant', () => {
		const result = evaluateVariants('data', ctx);
		expect(result.carried).toBe(0);
		expect(result.quotesMissing).toBe(0);
		expect(result.refused).toEqual([]);
	}, 120_000);
});

test('the wild sidecars parse', () => {
	const raw = parseYaml(
		readFileSync('tests/fixtures/wild/xuwen-2024-overall.expected.yaml', 'utf8')
	);
	expect(raw.facts.map((f: { metric: string }) => f.metric)).toContain('yzz_transactions');
});
