/**
 * The built Parquet files read back with hyparquet, as the browser reads them: row
 * counts and hashes agree with manifest.json, known figures come out with their report,
 * and every quote sits in its source file within its report's lines.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '../../../src/lib/contract/manifest.ts';
import { tablePath, TABLES, type TableName } from '../../../src/lib/contract/tables.ts';
import { findQuote, fold, type Folded } from '../../../src/lib/domain/quotes.ts';
import { arrayBufferOf, build, copyData, made, tempDir } from './build-helpers.ts';

type Row = Record<string, unknown>;
type Table = TableName;

let data: string;
let out: string;
const rows = {} as Record<Table, Row[]>;
const columns = {} as Record<Table, string[]>;
let manifest: Manifest;

beforeAll(async () => {
	data = copyData();
	out = join(tempDir(), 'out');
	const run = await build(data, out, '--quiet');
	expect(run.code, run.stderr).toBe(0);
	manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
	for (const t of TABLES) {
		const file = arrayBufferOf(join(out, tablePath(t)));
		rows[t] = (await parquetReadObjects({ file, compressors })) as Row[];
		columns[t] = parquetMetadata(file)
			.schema.slice(1)
			.map((s) => s.name);
	}
});

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const where = (t: Table, match: Row) =>
	rows[t].filter((r) => Object.entries(match).every(([k, v]) => r[k] === v));

describe('Parquet read-back with hyparquet', () => {
	test('row counts, sizes and hashes agree with manifest.json', () => {
		expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(TABLES.map(tablePath)));
		for (const t of TABLES) expect(rows[t].length, t).toBe(manifest.files[tablePath(t)]!.rows);
		for (const [name, entry] of Object.entries(manifest.files)) {
			const bytes = readFileSync(join(out, name));
			expect(bytes.length, name).toBe(entry.bytes);
			expect(createHash('sha256').update(bytes).digest('hex'), name).toBe(entry.sha256);
		}
		expect(manifest.counts.reports).toBe(rows.reports.length);
		expect(manifest.counts.facts).toBe(rows.facts.length);
		expect(manifest.counts.scores).toBe(rows.scores.length);
		expect(rows.reports.length).toBeGreaterThanOrEqual(7);
		expect(rows.facts.length).toBeGreaterThan(100);
	});

	test('the manifest samples the first fact of facts.parquet, as a reader gets it back', () => {
		const first = rows.facts[0]!;
		expect(manifest.sample).toEqual({
			fact_id: first.fact_id,
			report_id: first.report_id,
			metric_id: first.metric_id,
			year: first.year,
			figure: first.figure,
			value: first.value
		});
	});

	test('each table has at least the contract columns', () => {
		const required: Record<Table, string[]> = {
			regions: ['region_code', 'name', 'parent_code', 'parent_name', 'level'],
			reports: [
				'report_id',
				'region_code',
				'year',
				'kind',
				'project_name',
				'title',
				'filed_on',
				'source_file',
				'source_sha256',
				'self_score',
				'grade'
			],
			metrics: ['metric_id', 'category', 'name_zh', 'name_en', 'unit', 'better', 'description'],
			facts: [
				'report_id',
				'region_code',
				'year',
				'metric_id',
				'value',
				'qualifier',
				'basis',
				'quote'
			],
			scores: [
				'report_id',
				'region_code',
				'year',
				'section',
				'indicator',
				'max_points',
				'points',
				'quote'
			],
			findings: ['report_id', 'region_code', 'year', 'check_id', 'severity', 'message']
		};
		for (const t of TABLES) expect(columns[t], t).toEqual(expect.arrayContaining(required[t]));
	});

	test('regions carry their parent’s name', () => {
		expect(where('regions', { region_code: '440281' })).toEqual([
			{
				region_code: '440281',
				name: '乐昌市',
				parent_code: '440200',
				parent_name: '韶关市',
				level: 'county'
			}
		]);
	});

	test('乐昌 2023 initial budget 3,710,164 元 from report 440281-2023', () => {
		const found = where('facts', {
			region_code: '440281',
			metric_id: 'budget_initial',
			year: 2023
		});
		expect(found).toContainEqual(
			expect.objectContaining({ report_id: '440281-2023', value: 3710164, qualifier: 'eq' })
		);
	});

	test('乐昌 2022 initial budget 3,491,995 元 appears once from each report that states it', () => {
		const found = where('facts', {
			region_code: '440281',
			metric_id: 'budget_initial',
			year: 2022,
			value: 3491995
		});
		expect(found.map((r) => r.report_id).sort()).toEqual(['440281-2022', '440281-2023']);
		for (const r of found) expect(r.report_year).toBe(Number(String(r.report_id).slice(-4)));
	});

	test('吴川 2023: 7324.60万元 expenditure and 超89.65万 粤省事 users', () => {
		const spent = where('facts', {
			region_code: '440883',
			metric_id: 'expenditure_final',
			year: 2023,
			value: 73246000
		});
		expect(spent.length).toBeGreaterThan(0);
		expect(spent.some((r) => String(r.figure).includes('7324.60万元'))).toBe(true);
		expect(
			where('facts', { region_code: '440883', metric_id: 'yss_users', year: 2023 })
		).toContainEqual(expect.objectContaining({ value: 896500, qualifier: 'ge', unit: '人' }));
	});

	test('each 新丰 project report has its own budget, spending and project name', () => {
		const reports = rows.reports.filter((r) => String(r.report_id).startsWith('440233-2023-'));
		expect(reports.length).toBeGreaterThanOrEqual(3);
		const budgets = new Set<unknown>();
		for (const report of reports) {
			const id = String(report.report_id);
			expect(report.kind, id).toBe('project');
			expect(typeof report.project_name === 'string' && report.project_name.length > 0, id).toBe(
				true
			);
			for (const metric of ['budget_initial', 'expenditure_final']) {
				const found = where('facts', { report_id: id, metric_id: metric });
				expect(found.length, `${id} ${metric}`).toBeGreaterThan(0);
				for (const f of found) {
					expect(f.scope, `${id} ${metric}`).toBe('project');
					expect(f.project_name, `${id} ${metric}`).toBe(report.project_name);
				}
				if (metric === 'budget_initial') budgets.add(found[0]!.value);
			}
			// A project report's facts are the project's unless the record says otherwise.
			const record = parseYaml(readFileSync(join(data, 'records', `${id}.yaml`), 'utf8')) as {
				facts: { scope?: string }[];
			};
			const facts = where('facts', { report_id: id });
			expect(facts.length).toBe(record.facts.length);
			for (const f of facts) {
				const n = Number(String(f.fact_id).split('#f')[1]) - 1;
				expect(f.scope, String(f.fact_id)).toBe(record.facts[n]!.scope ?? 'project');
			}
		}
		expect(budgets.size).toBe(reports.length);
	});

	test('乐昌 2022 scores: 绩效目标覆盖率 1.5 of 2 points', () => {
		expect(
			where('scores', { region_code: '440281', year: 2022, indicator: '绩效目标覆盖率' })
		).toContainEqual(
			expect.objectContaining({ report_id: '440281-2022', max_points: 2, points: 1.5 })
		);
	});

	test('every fact and score quote is in its source file, within its report’s lines', () => {
		const sources = new Map<string, { text: string; folded: Folded }>();
		const reports = new Map(rows.reports.map((r) => [r.report_id, r]));
		const load = (file: string) => {
			if (!sources.has(file)) {
				const text = readFileSync(join(data, 'sources', file), 'utf8');
				sources.set(file, { text, folded: fold(text) });
			}
			return sources.get(file)!;
		};
		for (const report of reports.values()) {
			const bytes = readFileSync(join(data, 'sources', String(report.source_file)));
			expect(report.source_sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
		for (const row of [...rows.facts, ...rows.scores]) {
			const report = reports.get(row.report_id)!;
			expect(report, String(row.report_id)).toBeDefined();
			const { text: source, folded } = load(String(report.source_file));
			const lines = source.split('\n');
			const first = Number(report.source_first_line);
			const last = Number(report.source_last_line);
			const from = lines.slice(0, first - 1).join('\n').length + (first > 1 ? 1 : 0);
			const to = lines.slice(0, last).join('\n').length + 1;
			const quote = String(row.quote);
			const inside = findQuote(folded, quote).filter((s) => s.start >= from && s.end <= to);
			expect(inside.length, quote).toBeGreaterThan(0);
			expect(inside).toContainEqual({ start: row.quote_start, end: row.quote_end });
			const slice = source.slice(Number(row.quote_start), Number(row.quote_end));
			expect(fold(slice).text, quote).toBe(fold(quote).text);
		}
	});
});
