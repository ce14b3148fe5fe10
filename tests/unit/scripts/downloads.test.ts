/**
 * The CSV downloads and datapackage.json that `npm run data` writes beside the Parquet
 * files: reproducible to the byte, described column by column, and consistent with the
 * files, the manifest and the source reports they list.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '../../../src/lib/contract/manifest.ts';
import { TABLES } from '../../../src/lib/contract/tables.ts';
import { parseCsv } from '../../../src/lib/export/csv.ts';
import { writeDownloads } from '../../../scripts/lib/downloads.ts';
import { openWriter, writeParquet } from '../../../scripts/lib/parquet.ts';
import { build, copyData, hashTree, made, tempDir } from './build-helpers.ts';

interface Resource {
	name: string;
	path: string;
	format: string;
	mediatype: string;
	encoding?: string;
	bytes: number;
	hash: string;
	schema: {
		fields: { name: string; type: string; description: string }[];
		primaryKey?: string[];
		foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	};
}
interface DataPackage {
	profile: string;
	name: string;
	title: string;
	description: string;
	licenses: { name: string; path: string }[];
	sources: {
		file: string;
		hash: string;
		region_code: string;
		years: number[];
		reports: string[];
	}[];
	resources: Resource[];
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let data: string;
let outs: string[];
let pkg: DataPackage;
let manifest: Manifest;
const csv = (name: string) => parseCsv(readFileSync(join(outs[0]!, `${name}.csv`), 'utf8'));
const records = (name: string) => {
	const [header, ...rows] = csv(name);
	return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

beforeAll(async () => {
	data = copyData();
	outs = [join(tempDir(), 'out'), join(tempDir(), 'out')];
	const runs = await Promise.all(outs.map((out) => build(data, out, '--quiet')));
	for (const run of runs) expect(run.code, run.stderr).toBe(0);
	pkg = JSON.parse(readFileSync(join(outs[0]!, 'datapackage.json'), 'utf8')) as DataPackage;
	manifest = JSON.parse(readFileSync(join(outs[0]!, 'manifest.json'), 'utf8')) as Manifest;
});

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('downloads', () => {
	test('two builds of the same data give byte-identical CSVs and datapackage.json', () => {
		const [a, b] = outs.map(hashTree);
		for (const t of TABLES) expect(a![`${t}.csv`], t).toBeDefined();
		expect(a!['datapackage.json']).toBeDefined();
		expect(b).toEqual(a);
	});

	test('each CSV starts with a BOM and has the header and row count of its table', () => {
		for (const t of TABLES) {
			const bytes = readFileSync(join(outs[0]!, `${t}.csv`));
			expect([...bytes.subarray(0, 3)], t).toEqual([0xef, 0xbb, 0xbf]);
			const [header, ...rows] = csv(t);
			const resource = pkg.resources.find((r) => r.name === t)!;
			expect(header, t).toEqual(resource.schema.fields.map((f) => f.name));
			expect(rows.length, t).toBe(manifest.files[`${t}.parquet`]!.rows);
			expect(manifest.files[`${t}.csv`], t).toEqual({
				sha256: sha(bytes),
				rows: rows.length,
				bytes: bytes.length
			});
		}
		const pkgBytes = readFileSync(join(outs[0]!, 'datapackage.json'));
		expect(manifest.files['datapackage.json']).toEqual({
			sha256: sha(pkgBytes),
			bytes: pkgBytes.length
		});
	});

	test('datapackage.json is a tabular data package with a licence and its sources', () => {
		expect(pkg.profile).toBe('tabular-data-package');
		expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
		expect(pkg.title).toMatch(/[\u4e00-\u9fff]/);
		expect(pkg.description).toMatch(/公开/);
		expect(pkg.description).toMatch(/public government documents/);
		expect(pkg.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
		const reports = records('reports');
		expect(pkg.sources.map((s) => s.file)).toEqual(
			[...new Set(reports.map((r) => r.source_file))].sort()
		);
		for (const s of pkg.sources) {
			expect(s.hash).toBe(`sha256:${sha(readFileSync(join(data, 'sources', s.file)))}`);
			const covered = reports.filter((r) => r.source_file === s.file);
			expect(s.reports).toEqual(covered.map((r) => r.report_id).sort());
			expect(s.region_code).toBe(covered[0]!.region_code);
			expect(s.years).toEqual([...new Set(covered.map((r) => Number(r.year)))].sort());
		}
	});

	test('one CSV and one Parquet resource per table, with size, hash and described columns', () => {
		expect(pkg.resources.map((r) => r.path).sort()).toEqual(
			TABLES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]).sort()
		);
		for (const r of pkg.resources) {
			const bytes = readFileSync(join(outs[0]!, r.path));
			expect(r.bytes, r.path).toBe(bytes.length);
			expect(r.hash, r.path).toBe(`sha256:${sha(bytes)}`);
			if (r.format === 'csv') {
				expect(r.mediatype).toBe('text/csv');
				expect(r.encoding).toBe('utf-8-sig');
			} else expect(r.format).toBe('parquet');
			for (const f of r.schema.fields) {
				expect(['string', 'integer', 'number', 'date'], `${r.path} ${f.name}`).toContain(f.type);
				// Chinese, then English after a Chinese full stop.
				expect(f.description, `${r.path} ${f.name}`).toMatch(
					/[\u4e00-\u9fff][^]*。[^]*[A-Za-z]{3}/
				);
			}
		}
		const keys = Object.fromEntries(pkg.resources.map((r) => [r.name, r.schema.primaryKey]));
		expect(keys).toMatchObject({
			regions: ['region_code'],
			reports: ['report_id'],
			metrics: ['metric_id'],
			facts: ['fact_id']
		});
	});

	test('primary keys are unique and every foreign key resolves, in the CSVs', () => {
		const byName = new Map(pkg.resources.map((r) => [r.name, r]));
		for (const t of TABLES) {
			const schema = byName.get(t)!.schema;
			const rows = records(t);
			if (schema.primaryKey) {
				const ids = rows.map((r) => schema.primaryKey!.map((k) => r[k]).join('\u0000'));
				expect(new Set(ids).size, t).toBe(ids.length);
			}
			for (const fk of schema.foreignKeys ?? []) {
				const target = fk.reference.resource || t;
				expect(byName.get(target)?.format, `${t} → ${target}`).toBe('csv');
				const known = new Set(records(target).map((r) => r[fk.reference.fields[0]!]));
				const dangling = rows.map((r) => r[fk.fields[0]!]).filter((v) => v && !known.has(v));
				expect(dangling, `${t}.${fk.fields[0]} → ${target}`).toEqual([]);
			}
		}
		const facts = byName.get('facts')!.schema.foreignKeys!.map((fk) => fk.reference.resource);
		expect(facts.sort()).toEqual(['metrics', 'regions', 'reports']);
	});

	test('a column without a description stops the build, naming it', async () => {
		const dir = join(tempDir(), 'undescribed');
		mkdirSync(dir);
		const spec = {
			name: 'regions',
			columns: [
				['region_code', 'VARCHAR'],
				['mystery', 'INTEGER']
			] as [string, 'VARCHAR' | 'INTEGER'][],
			orderBy: 'region_code',
			rows: [['990001', 1]]
		};
		const { conn, close } = await openWriter();
		try {
			const { order } = await writeParquet(conn, spec, join(dir, 'regions.parquet'));
			const orders = new Map([['regions', order]]);
			await expect(writeDownloads(dir, [spec], { orders })).rejects.toThrow(
				/regions\.mystery.*table-docs\.ts/
			);
		} finally {
			close();
		}
	});
});
