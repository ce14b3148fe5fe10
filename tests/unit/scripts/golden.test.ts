/**
 * Golden output: `npm run data` over a tiny input folder (tests/golden/data: two records
 * of one source) must write exactly the CSVs and manifest checked in under
 * tests/golden/expected. A change to the build that changes its output fails here until
 * the expected files are regenerated on purpose (tests/golden/README.md).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '../../../src/lib/contract/manifest.ts';
import { TABLES } from '../../../src/lib/contract/tables.ts';
import { build, made, ROOT, tempDir } from './build-helpers.ts';

const GOLDEN = join(ROOT, 'tests/golden');
const EXPECTED = join(GOLDEN, 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

let out: string;

/** What of the manifest does not depend on DuckDB's version: files, rows, counts, sample. */
function manifestSummary(manifest: Manifest) {
	return {
		files: Object.fromEntries(
			Object.entries(manifest.files).map(([name, f]) => [name, f.rows ?? null])
		),
		counts: manifest.counts,
		sample: manifest.sample
	};
}

/** The files compared, with their content as written. */
function actual(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const t of TABLES) files[`${t}.csv`] = readFileSync(join(out, `${t}.csv`), 'utf8');
	const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
	files['manifest.json'] = JSON.stringify(manifestSummary(manifest), null, '\t') + '\n';
	return files;
}

beforeAll(async () => {
	out = join(tempDir(), 'out');
	const run = await build(join(GOLDEN, 'data'), out, '--quiet');
	expect(run.code, run.stderr).toBe(0);
	if (UPDATE) {
		rmSync(EXPECTED, { recursive: true, force: true });
		mkdirSync(EXPECTED, { recursive: true });
		for (const [name, text] of Object.entries(actual())) writeFileSync(join(EXPECTED, name), text);
	}
});

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the golden build', () => {
	test('writes the expected files, and no others are expected', () => {
		expect(readdirSync(EXPECTED).sort()).toEqual(Object.keys(actual()).sort());
	});

	for (const name of [...TABLES.map((t) => `${t}.csv`), 'manifest.json'])
		test(`${name} is exactly as checked in`, () => {
			expect(actual()[name]).toBe(readFileSync(join(EXPECTED, name), 'utf8'));
		});
});
