/**
 * The downloads page against the built site: every table's CSV and Parquet link works,
 * each CSV (with its BOM) holds exactly the Parquet file's rows, datapackage.json
 * describes every file, and the page is complete without JavaScript.
 */
import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parseCsv } from '../../src/lib/export/csv.ts';

interface Manifest {
	files: Record<string, { sha256: string; bytes: number; rows?: number }>;
}
interface Field {
	name: string;
	type: string;
	description: string;
}
interface Resource {
	name: string;
	path: string;
	format: string;
	bytes: number;
	hash: string;
	encoding?: string;
	schema: {
		fields: Field[];
		primaryKey?: string[];
		foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
	};
}
interface DataPackage {
	profile: string;
	licenses: { name: string; path: string }[];
	resources: Resource[];
}

async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	return (await res.json()) as T;
}

async function getBytes(request: APIRequestContext, url: string): Promise<Buffer> {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	return res.body();
}

const tablesOf = (m: Manifest) =>
	Object.keys(m.files)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => f.slice(0, -'.csv'.length));

function parquetColumns(file: ArrayBuffer): string[] {
	return parquetMetadata(file)
		.schema.slice(1)
		.map((s) => s.name);
}

const arrayBuffer = (b: Buffer) =>
	b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** Whether a CSV cell says the same as a Parquet value: numbers as numbers, NULL as ''. */
function same(cell: string, value: unknown): boolean {
	if (value === null || value === undefined) return cell === '';
	if (typeof value === 'number' || typeof value === 'bigint')
		return cell !== '' && Number(cell) === Number(value);
	if (value instanceof Date) return cell === value.toISOString().slice(0, 10);
	if (typeof value === 'string')
		// toCsv quotes text a spreadsheet would run as a formula with a leading '.
		return cell === value || (cell === `'${value}` && /^[=+\-@\t\r]/.test(value));
	return false;
}

test('the data page lists every table with working CSV and Parquet links', async ({
	page,
	request
}) => {
	const manifest = await getJson<Manifest>(request, '/data/manifest.json');
	const pkg = await getJson<DataPackage>(request, '/data/datapackage.json');
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据下载');
	const tables = tablesOf(manifest);
	expect(tables.length).toBeGreaterThanOrEqual(6);
	await expect(page.locator('table.downloads tbody tr')).toHaveCount(tables.length);
	for (const name of tables) {
		const row = page.locator(`#table-${name}`);
		// The row count as written, thousands separated or not.
		const count = (await row.locator('td.num').innerText()).replace(/,/g, '');
		expect(count, name).toBe(String(manifest.files[`${name}.parquet`]!.rows));
		for (const file of [`${name}.csv`, `${name}.parquet`]) {
			const link = row.getByRole('link', { name: file, exact: true });
			const href = await link.getAttribute('href');
			const url = new URL(href!, page.url()).href;
			expect(new URL(url).pathname, file).toBe(`/data/${file}`);
			expect((await getBytes(request, url)).length, file).toBe(manifest.files[file]!.bytes);
		}
	}
	for (const file of ['datapackage.json', 'manifest.json']) {
		const href = await page.locator(`main a[href$="data/${file}"]`).getAttribute('href');
		expect((await request.get(new URL(href!, page.url()).href)).status(), file).toBe(200);
	}
	await expect(page.locator('a[rel="license"]').first()).toHaveAttribute(
		'href',
		pkg.licenses[0]!.path
	);
});

test('each CSV starts with the UTF-8 BOM and holds exactly its Parquet file’s rows', async ({
	request
}) => {
	const manifest = await getJson<Manifest>(request, '/data/manifest.json');
	for (const name of tablesOf(manifest)) {
		const csvBytes = await getBytes(request, `/data/${name}.csv`);
		expect([...csvBytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...cells] = parseCsv(csvBytes.toString('utf8'));
		const file = arrayBuffer(await getBytes(request, `/data/${name}.parquet`));
		const columns = parquetColumns(file);
		const rows = (await parquetReadObjects({ file, compressors })) as Record<string, unknown>[];
		expect(header, name).toEqual(columns);
		expect(cells.length, name).toBe(rows.length);
		expect(rows.length, name).toBe(manifest.files[`${name}.csv`]!.rows);
		const mismatches: string[] = [];
		rows.forEach((row, i) => {
			columns.forEach((col, j) => {
				const cell = cells[i]![j];
				if (cell === undefined || !same(cell, row[col]))
					mismatches.push(`${name} row ${i + 1} ${col}: CSV ${cell} ≠ ${String(row[col])}`);
			});
			if (cells[i]!.length !== columns.length) mismatches.push(`${name} row ${i + 1}: width`);
		});
		expect(mismatches, name).toEqual([]);
	}
});

test('datapackage.json describes every downloadable file, column by column', async ({
	request
}) => {
	const manifest = await getJson<Manifest>(request, '/data/manifest.json');
	const pkg = await getJson<DataPackage>(request, '/data/datapackage.json');
	expect(pkg.profile).toBe('tabular-data-package');
	expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
	// provinces/<code>/ holds the browser's per-province copies, checked below, not downloads.
	const downloadable = Object.keys(manifest.files).filter(
		(f) => /\.(csv|parquet)$/.test(f) && !f.startsWith('provinces/')
	);
	expect(pkg.resources.map((r) => r.path).sort()).toEqual(downloadable.sort());
	const names = new Map(pkg.resources.map((r) => [r.name, r]));
	for (const r of pkg.resources) {
		const bytes = await getBytes(request, `/data/${r.path}`);
		expect(r.bytes, r.path).toBe(bytes.length);
		expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
		expect(manifest.files[r.path]!.sha256, r.path).toBe(r.hash.slice('sha256:'.length));
		const columns =
			r.format === 'csv'
				? parseCsv(bytes.toString('utf8'))[0]!
				: parquetColumns(arrayBuffer(bytes));
		expect(
			r.schema.fields.map((f) => f.name),
			r.path
		).toEqual(columns);
		if (r.format === 'csv') expect(r.encoding).toBe('utf-8-sig');
		for (const f of r.schema.fields) {
			expect(['string', 'integer', 'number', 'date'], `${r.path} ${f.name}`).toContain(f.type);
			expect(f.description.trim().length, `${r.path} ${f.name}`).toBeGreaterThan(5);
		}
		for (const fk of r.schema.foreignKeys ?? []) {
			const target = fk.reference.resource === '' ? r : names.get(fk.reference.resource);
			expect(target, `${r.path} → ${fk.reference.resource}`).toBeDefined();
			expect(target!.format).toBe(r.format);
			const targetFields = target!.schema.fields.map((f) => f.name);
			for (const field of fk.reference.fields) expect(targetFields).toContain(field);
		}
	}
});

test("each province file has its table's columns, and together they hold its rows", async ({
	request
}) => {
	const manifest = await getJson<Manifest>(request, '/data/manifest.json');
	const shards = Object.keys(manifest.files).filter((f) => f.startsWith('provinces/'));
	const tables = [...new Set(shards.map((f) => f.split('/').at(-1)!))].sort();
	expect(tables).toEqual([
		'facts.parquet',
		'findings.parquet',
		'reports.parquet',
		'scores.parquet'
	]);
	for (const table of tables) {
		const whole = parquetColumns(arrayBuffer(await getBytes(request, `/data/${table}`)));
		const parts = shards.filter((f) => f.endsWith(`/${table}`));
		for (const part of parts) {
			const bytes = await getBytes(request, `/data/${part}`);
			expect(parquetColumns(arrayBuffer(bytes)), part).toEqual(whole);
			expect(manifest.files[part]!.bytes, part).toBe(bytes.length);
		}
		const rows = parts.reduce((n, f) => n + manifest.files[f]!.rows!, 0);
		expect(rows, table).toBe(manifest.files[table]!.rows);
	}
});

test('the data page passes axe-core with no serious or critical violations', async ({ page }) => {
	await page.goto('/data');
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the data page still lists every table with its download links', async ({
		page,
		request
	}) => {
		const manifest = await getJson<Manifest>(request, '/data/manifest.json');
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据下载');
		for (const name of tablesOf(manifest)) {
			const row = page.locator(`#table-${name}`);
			await expect(row.getByRole('rowheader')).toBeVisible();
			for (const file of [`${name}.csv`, `${name}.parquet`])
				await expect(row.getByRole('link', { name: file, exact: true })).toHaveAttribute(
					'href',
					new RegExp(`data/${file.replace('.', '\\.')}$`)
				);
			await expect(page.locator(`#fields-${name}`)).toBeVisible();
		}
		const levels = await page
			.locator('main :is(h1, h2, h3, h4)')
			.evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
		levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
	});
});
