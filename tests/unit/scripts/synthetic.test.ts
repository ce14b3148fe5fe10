/**
 * Synthetic benchmark data: the real data/ never claims to be synthetic, synthetic data
 * passes the build only as invented regions and never into the site's folders, and the
 * generator's records pass the same verification as the real ones, with the deliberate
 * contradictions found by the audit.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeDataset } from '../../../scripts/bench/generate.ts';
import type { SyntheticScale } from '../../../scripts/bench/lib/presets.ts';
import { syntheticProblems } from '../../../scripts/lib/synthetic.ts';
import { SHARD_COLUMN, shardPath, SHARDED, COLUMNS } from '../../../src/lib/contract/tables.ts';
import { regionsFileSchema } from '../../../src/lib/domain/schema.ts';
import { build, hashTree, made, ROOT, tempDir, type Run } from './build-helpers.ts';

const TINY: SyntheticScale = {
	provinces: 2,
	counties: 4,
	firstYear: 2021,
	years: 3,
	projectShare: 0.5,
	// Every flaw in every report that can have it, so each check must fire.
	flawRate: 1
};

let data: string;
let out: string;
let run: Run;

beforeAll(async () => {
	data = join(tempDir(), 'data');
	writeDataset(TINY, 7, data, 'tiny');
	out = join(tempDir(), 'out');
	run = await build(data, out);
});

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the real data', () => {
	test('does not say synthetic, and has no invented regions', () => {
		const file = regionsFileSchema.parse(
			parseYaml(readFileSync(join(ROOT, 'data/regions.yaml'), 'utf8'))
		);
		expect(file.synthetic).toBeUndefined();
		for (const r of file.regions) {
			expect(r.code).not.toMatch(/^99/);
			expect(r.name).not.toMatch(/^测试/);
		}
	});
});

describe('synthetic regions', () => {
	const ok = { code: '990101', name: '测试县0001', level: 'county' as const, parent: '995101' };
	test('pass only with 99 codes and 测试 names', () => {
		expect(syntheticProblems([ok], join(ROOT, 'bench-results/x'))).toEqual([]);
		const real = { code: '440281', name: '乐昌市', level: 'county' as const };
		expect(syntheticProblems([ok, real], join(ROOT, 'bench-results/x')).map((p) => p.path)).toEqual(
			['regions[1].code', 'regions[1].name']
		);
	});
	test('are never written where the site publishes from', () => {
		for (const dir of ['static/data', 'build', 'data/out'])
			expect(syntheticProblems([ok], join(ROOT, dir)).map((p) => p.path)).toEqual(['synthetic']);
	});
	test('are refused by the build when written to static/data', async () => {
		const refused = await build(data, join(ROOT, 'static/data'), '--check');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/synthetic data must not be written to static\/data/);
	});
	test('with a real region among them, fail the build', async () => {
		const bad = join(tempDir(), 'data');
		writeDataset(TINY, 7, bad, 'tiny');
		const path = join(bad, 'regions.yaml');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace(
				'regions:\n',
				"regions:\n  - { code: '440000', name: 广东省, level: province }\n"
			)
		);
		const refused = await build(bad, join(tempDir(), 'out'), '--check');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/regions\[0\]\.code: 440000: synthetic regions need codes/);
	});
});

describe('generated data', () => {
	test('builds through npm run data, loudly marked synthetic', () => {
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/SYNTHETIC DATA — not for publication/);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.synthetic).toBe(true);
		const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
		expect(pkg.title).toMatch(/SYNTHETIC/);
		expect(pkg.description).toMatch(/^合成的基准测试数据[\s\S]*not real government documents/);
		expect(manifest.counts.reports).toBeGreaterThan(TINY.counties * TINY.years);
	});

	test('has its deliberate contradictions found by the audit', () => {
		const findings = readFileSync(join(out, 'findings.csv'), 'utf8');
		for (const check of [
			'conflicting-figures',
			'conflicting-levels',
			'points-over-max',
			'score-total',
			'stated-ratio',
			'cumulative-decrease'
		])
			expect(findings, check).toContain(`,${check},`);
	});

	test('is the same, byte for byte, for the same seed', () => {
		const again = join(tempDir(), 'data');
		writeDataset(TINY, 7, again, 'tiny');
		expect(hashTree(again)).toEqual(hashTree(data));
	});
});

describe('per-province files', () => {
	const rowsOf = async (file: string, select: string) => {
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		try {
			const reader = await conn.runAndReadAll(
				`SELECT ${select} FROM read_parquet('${file}') ORDER BY ALL`
			);
			return reader.getRowObjectsJS().map((r) => Object.values(r).join('|'));
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	};

	test('split every big table by province, each row in its own province once', async () => {
		const regions = await rowsOf(join(out, 'regions.parquet'), 'region_code, parent_code');
		const parent = new Map(regions.map((r) => r.split('|') as [string, string]));
		const provinceOf = (code: string): string =>
			parent.get(code) ? provinceOf(parent.get(code)!) : code;
		const provinces = [...parent.keys()].filter((c) => !parent.get(c));
		expect(provinces).toHaveLength(TINY.provinces);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
		for (const table of SHARDED) {
			const at = COLUMNS[table].findIndex(([name]) => name === SHARD_COLUMN);
			const whole = await rowsOf(join(out, `${table}.parquet`), '*');
			const parts: string[] = [];
			for (const p of provinces) {
				const file = shardPath(p, table);
				const rows = await rowsOf(join(out, file), '*');
				expect(manifest.files[file].rows, file).toBe(rows.length);
				for (const row of rows) expect(provinceOf(row.split('|')[at]!)).toBe(p);
				parts.push(...rows);
			}
			expect(parts.sort(), table).toEqual([...whole].sort());
		}
	});
});
