/**
 * The parse cache gives back exactly what parsing gave, and keeps nothing JSON would change.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'yardstick-cache-'));
process.env.YARDSTICK_CACHE_DIR = dir;
const { cachedParse, storeParse } = await import('../../../scripts/lib/parse-cache.ts');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parse cache', () => {
	test('returns what was parsed, by content hash', () => {
		const data = parseYaml(
			'a: 1\nb: [x, null, 2.50]\nc: { d: "引文，全角" }\nfiled_on: 2024-05-21\n'
		);
		expect(cachedParse('a'.repeat(64))).toBeUndefined();
		storeParse('a'.repeat(64), data);
		expect(cachedParse('a'.repeat(64))).toEqual(data);
	});

	test('keeps no value JSON cannot hold exactly', () => {
		for (const [hash, data] of [
			['b'.repeat(64), parseYaml('value: .inf')],
			['c'.repeat(64), parseYaml('value: .nan')],
			['d'.repeat(64), parseYaml('value: -0')]
		] as const) {
			storeParse(hash, data);
			expect(cachedParse(hash)).toBeUndefined();
		}
		expect(readdirSync(dir)).toHaveLength(1);
	});
});
