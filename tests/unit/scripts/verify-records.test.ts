/**
 * Records verified on worker threads come back as one thread gives them, in file order;
 * the verification cache answers only while the record, its source text, the regions, the
 * catalogue and the verification code are what they were.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { loadInputs } from '../../../scripts/lib/load.ts';
import { readSourceTexts } from '../../../scripts/lib/source-text.ts';
import {
	verifyCacheDir,
	verifyCodeFiles,
	verifyCodeHash
} from '../../../scripts/lib/verify-cache.ts';
import { verifyInputs, type PoolOptions } from '../../../scripts/lib/verify-records.ts';
import { copyData, made, tempDir } from './build-helpers.ts';

const cacheRoot = tempDir('yardstick-verify-cache-');
const env = { ...process.env };
afterEach(() => {
	process.env = { ...env };
});
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function verify(data: string, opts: PoolOptions & { codeHash?: string } = {}) {
	const sources = await readSourceTexts(join(data, 'sources'), { verbatim: false });
	const inputs = loadInputs(data, null, sources);
	const v = await verifyInputs(inputs, { dataDir: data, sources, ...opts });
	return {
		problems: [...inputs.problems, ...v.problems].map((p) => `${p.file}: ${p.path}: ${p.message}`),
		verified: v.verified.map((r) => JSON.stringify(r)),
		drafts: v.drafts,
		warnings: v.basisWarnings,
		hashes: inputs.hashes
	};
}

describe('verification on worker threads', () => {
	test('gives the same outcomes in the same order as one thread', async () => {
		process.env.YARDSTICK_CACHE = 'off';
		const data = copyData();
		const record = readFileSync(join(data, 'records/440281-2023.yaml'));
		// Copies under other names: each is refused for its report_id, so order shows.
		for (let i = 0; i < 40; i++)
			writeFileSync(join(data, `records/copy-${String(i).padStart(2, '0')}.yaml`), record);
		writeFileSync(join(data, 'records/copy-bad.yaml'), 'facts: [');
		const one = await verify(data, { threads: 0 });
		const two = await verify(data, { threads: 2, batch: 1 });
		expect(one.problems.filter((p) => p.includes('report_id'))).toHaveLength(40);
		expect(one.problems.some((p) => p.includes('copy-bad.yaml: (file): malformed YAML'))).toBe(
			true
		);
		expect(one.verified).toHaveLength(7);
		expect(two).toEqual(one);
	});
});

describe('the verification cache', () => {
	/** Replaces every entry's result with a problem naming it: a hit then shows. */
	function poison(data: string): void {
		const dir = verifyCacheDir(data)!;
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.v1'))) {
			const bytes = readFileSync(join(dir, name));
			const header = bytes.subarray(0, bytes.indexOf(10) + 1);
			const result = { verified: null, problems: [{ path: '(cached)', message: 'hit' }] };
			writeFileSync(join(dir, name), Buffer.concat([header, serialize(result)]));
		}
	}
	const hits = (r: { problems: string[] }) =>
		r.problems.filter((p) => p.endsWith('(cached): hit')).map((p) => p.split(':')[0]);

	async function primed() {
		process.env.YARDSTICK_CACHE_DIR = cacheRoot;
		const data = copyData();
		const cold = await verify(data, { codeHash: 'code-1' });
		expect(cold.problems).toEqual([]);
		poison(data);
		return data;
	}

	test('answers an unchanged record, on one thread and on several, and not when off', async () => {
		const data = await primed();
		const records = readdirSync(join(data, 'records')).filter((n) => n.endsWith('.yaml'));
		expect(hits(await verify(data, { codeHash: 'code-1' }))).toHaveLength(records.length);
		expect(hits(await verify(data, { codeHash: 'code-1', threads: 2, batch: 1 }))).toHaveLength(
			records.length
		);
		process.env.YARDSTICK_CACHE = 'off';
		expect(hits(await verify(data, { codeHash: 'code-1' }))).toEqual([]);
	});

	test('misses for a record whose source text changed, only for that one', async () => {
		const data = await primed();
		appendFileSync(join(data, 'sources/003_dfc3b55ffced65d5.txt'), '\n');
		const after = hits(await verify(data, { codeHash: 'code-1' }));
		expect(after).not.toContain('records/440883-2023.yaml');
		expect(after).toContain('records/440281-2023.yaml');
	});

	test.each([
		['the verification code', 'code-2', null],
		['the catalogue', 'code-1', 'metrics.yaml'],
		['the regions', 'code-1', 'regions.yaml']
	])('misses for every record when %s changed', async (_, codeHash, file) => {
		const data = await primed();
		if (file) appendFileSync(join(data, file), '\n# changed\n');
		expect(hits(await verify(data, { codeHash }))).toEqual([]);
	});

	test('misses for a record whose bytes changed', async () => {
		const data = await primed();
		appendFileSync(join(data, 'records/440281-2022.yaml'), '\n# reviewed again\n');
		const after = hits(await verify(data, { codeHash: 'code-1' }));
		expect(after).not.toContain('records/440281-2022.yaml');
		expect(after).toContain('records/440281-2023.yaml');
	});

	test('keeps only what the last build used', async () => {
		const data = await primed();
		rmSync(join(data, 'records/440281-2021.yaml'));
		await verify(data, { codeHash: 'code-1' });
		const entries = readdirSync(verifyCacheDir(data)!).filter((n) => n.endsWith('.v1'));
		expect(entries).toHaveLength(readdirSync(join(data, 'records')).length - 1); // README.md
	});
});

describe('the verification code hash', () => {
	test('follows what the entry points import, and changes with any of them', () => {
		const root = tempDir();
		writeFileSync(join(root, 'package-lock.json'), '{}');
		writeFileSync(join(root, 'a.ts'), "import { b } from './b.ts';\nexport const a = b;\n");
		writeFileSync(join(root, 'b.ts'), 'export const b = 1;\n');
		writeFileSync(join(root, 'c.ts'), 'export const c = 1;\n');
		const before = verifyCodeHash(root, ['a.ts']);
		writeFileSync(join(root, 'c.ts'), 'export const c = 2;\n');
		expect(verifyCodeHash(root, ['a.ts'])).toBe(before);
		writeFileSync(join(root, 'b.ts'), 'export const b = 2;\n');
		expect(verifyCodeHash(root, ['a.ts'])).not.toBe(before);
		writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
		expect(verifyCodeHash(root, ['a.ts'])).not.toBe(before);
	});

	test('of the real code covers what verifying a record runs', () => {
		expect(verifyCodeFiles()).toEqual(
			expect.arrayContaining([
				'src/lib/domain/verify.ts',
				'src/lib/domain/quotes.ts',
				'src/lib/domain/numbers.ts',
				'src/lib/domain/schema.ts',
				'src/lib/domain/bases.ts',
				'scripts/lib/divisions.ts',
				'scripts/lib/load.ts',
				'scripts/lib/parse-cache.ts',
				'scripts/lib/verify-cache.ts',
				'scripts/lib/verify-thread.ts'
			])
		);
	});
});
