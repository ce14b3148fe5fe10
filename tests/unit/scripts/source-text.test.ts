/**
 * A source kept as its original bytes (a PDF) is verified against the text the reader
 * derives from it, and that text is published beside the tables for the /sources page;
 * the UTF-8 text sources are read exactly as before and get no derived copy.
 */
import {
	copyFileSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, expect, test, vi } from 'vitest';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { loadExtractContext } from '../../../scripts/lib/extract-context.ts';
import { readReport } from '../../../scripts/lib/read-report.ts';
import { recordToYaml } from '../../../scripts/lib/record-yaml.ts';
import { isVerbatimText, readSourceTexts } from '../../../scripts/lib/source-text.ts';
import { build, copyData, made, tempDir } from './build-helpers.ts';

// Each test runs the data build in a child process, PDF reading included.
vi.setConfig({ testTimeout: 180_000 });
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PDF = 'tests/fixtures/review/xuwen-2024.pdf';

/** data/ with the 徐闻县 report as a PDF source and a reviewed record drafted from its text. */
async function withPdf(): Promise<string> {
	const data = copyData();
	copyFileSync(PDF, join(data, 'sources', 'xuwen-2024.pdf'));
	const regions = join(data, 'regions.yaml');
	writeFileSync(
		regions,
		readFileSync(regions, 'utf8') +
			"  - { code: '440825', name: 徐闻县, level: county, parent: '440800' }\n"
	);
	const { text } = await readReport(PDF);
	const result = extractReports(text, 'xuwen-2024.pdf', loadExtractContext(data));
	if (result.notReport !== null) throw new Error(result.notReport);
	const record = { ...result.drafts[0]!.record, status: 'reviewed' as const };
	writeFileSync(join(data, 'records', `${record.report_id}.yaml`), recordToYaml(record, []));
	return data;
}

test('the seed sources are UTF-8 text, read as they are, with nothing derived', async () => {
	const dir = join('data', 'sources');
	const texts = await readSourceTexts(dir);
	expect(texts.derived.size).toBe(0);
	for (const name of readdirSync(dir)) {
		expect(isVerbatimText(name, readFileSync(join(dir, name)))).toBe(true);
		expect(texts.texts.get(name)).toBe(readFileSync(join(dir, name), 'utf8'));
	}
	const out = join(tempDir(), 'out');
	const run = await build(copyData(), out, '--quiet');
	expect(run.code, run.stderr).toBe(0);
	expect(existsSync(join(out, 'source-text'))).toBe(false);
});

test('a PDF source is verified against its derived text, published beside the tables', async () => {
	const data = await withPdf();
	const out = join(tempDir(), 'out');
	const run = await build(data, out, '--quiet');
	expect(run.code, run.stderr).toBe(0);
	const published = readFileSync(join(out, 'source-text', 'xuwen-2024.pdf.txt'), 'utf8');
	expect(published).toBe((await readReport(PDF)).text);
	const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
	expect(manifest.files['source-text/xuwen-2024.pdf.txt'].bytes).toBe(Buffer.byteLength(published));
	const inputs = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')).inputs;
	expect(inputs['sources/xuwen-2024.pdf']).toMatch(/^[0-9a-f]{64}$/);
	expect(manifest.counts.reports).toBe(8);
});

test('a PDF that cannot be read fails the build, naming the file', async () => {
	const data = await withPdf();
	writeFileSync(join(data, 'sources', 'xuwen-2024.pdf'), readFileSync(PDF).subarray(0, 3000));
	const out = join(tempDir(), 'out');
	const run = await build(data, out, '--quiet');
	expect(run.code).toBe(1);
	expect(run.stderr).toContain('data/sources/xuwen-2024.pdf: (file): cannot read its text');
	expect(existsSync(out)).toBe(false);
	expect(parseYaml(readFileSync(join(data, 'regions.yaml'), 'utf8')).regions).toHaveLength(7);
});
