/**
 * `npm run data` verifying on worker threads writes what verifying on the main thread
 * writes, byte for byte, and on bad input reports the same problems in the same order and
 * leaves the last good output as it was.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build, copyData, editRecord, hashTree, made, tempDir } from './build-helpers.ts';

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the data build on worker threads', () => {
	test('writes the same files as on the main thread, and refuses bad input the same way', async () => {
		// Two copies of data/: each build verifies afresh rather than reading the other's cache.
		const [main, threads] = [copyData(), copyData()];
		const [outMain, outThreads] = [join(tempDir(), 'out'), join(tempDir(), 'out')];
		const one = await build(main, outMain, '--quiet', '--threads', '0');
		const two = await build(threads, outThreads, '--quiet', '--threads', '2');
		expect(one.code, one.stderr).toBe(0);
		expect(two.code, two.stderr).toBe(0);
		const written = hashTree(outThreads);
		expect(written).toEqual(hashTree(outMain));

		for (const data of [main, threads]) {
			editRecord(data, '440281-2022.yaml', (doc) => doc.setIn(['facts', 0, 'value'], 1));
			editRecord(data, '440281-2021.yaml', (doc) => doc.setIn(['region_code'], '990000'));
			editRecord(data, '440883-2023.yaml', (doc) => doc.setIn(['facts', 1, 'quote'], '无此句'));
		}
		const bad = [
			await build(main, outMain, '--threads', '0'),
			await build(threads, outThreads, '--threads', '2')
		];
		expect(bad.map((r) => r.code)).toEqual([1, 1]);
		const problems = bad.map((r) => r.stderr.replace(/^✗.*\n/, ''));
		expect(problems[0]).toMatch(/440281-2021[\s\S]*440281-2022[\s\S]*440883-2023/);
		expect(problems[1]).toBe(problems[0]);
		expect(hashTree(outThreads)).toEqual(written);
	});
});
