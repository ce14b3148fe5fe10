/**
 * Synthetic benchmark data (scripts/bench/generate.ts) passes the build only as what it
 * is: regions.yaml says `synthetic: true`, every code starts with 99 (no GB/T 2260
 * province code does) and every name with 测试, so no real region can ride along; and
 * the output may not go where the site is built from. The build then prints SYNTHETIC_BANNER
 * and writes `"synthetic": true` into the manifest. data/ never uses it (a unit test
 * checks).
 */
import { relative, resolve } from 'node:path';
import type { Region } from '../../src/lib/domain/schema.ts';
import type { FileProblem } from './load.ts';

export const SYNTHETIC_BANNER =
	'⚠ SYNTHETIC DATA — not for publication: invented regions (测试…, codes 99…) from scripts/bench/';

const PROJECT = resolve(import.meta.dirname, '../..');
/** Folders the site is built and served from. */
const PUBLISHED = ['static', 'build', 'data'];

export function syntheticProblems(regions: Region[], outDir: string): FileProblem[] {
	const problems: FileProblem[] = [];
	regions.forEach((r, i) => {
		if (!r.code.startsWith('99'))
			problems.push({
				file: 'regions.yaml',
				path: `regions[${i}].code`,
				message: `${r.code}: synthetic regions need codes starting with 99`
			});
		if (!r.name.startsWith('测试'))
			problems.push({
				file: 'regions.yaml',
				path: `regions[${i}].name`,
				message: `${r.name}: synthetic regions need names starting with 测试`
			});
	});
	const rel = relative(PROJECT, resolve(outDir));
	const top = rel.split(/[\\/]/)[0]!;
	if (PUBLISHED.includes(top))
		problems.push({
			file: 'regions.yaml',
			path: 'synthetic',
			message: `synthetic data must not be written to ${rel}/ (the site publishes from there); pass --out bench-results/…`
		});
	return problems;
}
