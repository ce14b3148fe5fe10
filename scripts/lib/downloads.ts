/**
 * The downloads beside the Parquet files: one CSV per table (UTF-8 with BOM, for Excel
 * and WPS) and datapackage.json, a Frictionless Tabular Data Package describing every
 * file. A CSV holds the rows its Parquet file was written from, in the order writeParquet
 * wrote them, so both hold the same rows in the same order; it is written in slices, as
 * a nation-scale facts.csv held whole took gigabytes. No timestamps: the same tables give
 * the same bytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BOM, csvRow } from '../../src/lib/export/csv.ts';
import { sha256 } from './load.ts';
import type { Cell, ColumnType, TableSpec } from './parquet.ts';
import { tableDocs, type TableDoc } from './table-docs.ts';

export interface FileEntry {
	sha256: string;
	bytes: number;
	/** Data rows (not counting a CSV's header); absent for datapackage.json. */
	rows?: number;
}

export interface DownloadsMeta {
	/** Each table's row order in its Parquet file, as writeParquet returned it. */
	orders: ReadonlyMap<string, readonly number[]>;
	/** Invented benchmark data (regions.yaml `synthetic: true`): said first, in both languages. */
	synthetic?: boolean;
}

const SYNTHETIC_NOTE =
	'合成的基准测试数据：地区与报告均为虚构（测试县…，代码以 99 开头），不是真实的政府文件，不得发布。\n\n' +
	'SYNTHETIC benchmark data: invented regions and reports (测试县…, codes starting 99), not real government documents; never to be published.\n\n';

export const PACKAGE_NAME = 'yardstick-county-government-service-performance';
export const LICENSE = {
	name: 'CC-BY-4.0',
	title: 'Creative Commons Attribution 4.0 International',
	path: 'https://creativecommons.org/licenses/by/4.0/'
};

const FIELD_TYPE: Record<ColumnType, string> = {
	VARCHAR: 'string',
	INTEGER: 'integer',
	DOUBLE: 'number',
	DATE: 'date'
};

/** A table's description with its columns looked up by any name. */
type Doc = Omit<TableDoc, 'columns'> & { columns: Partial<Record<string, string>> };

function docsOf(tables: TableSpec[]): Map<string, Doc> {
	const docs: Partial<Record<string, Doc>> = tableDocs;
	const missing: string[] = [];
	for (const t of tables) {
		const doc = docs[t.name];
		if (!doc) missing.push(`table ${t.name}`);
		for (const [col] of t.columns) if (!doc?.columns[col]) missing.push(`${t.name}.${col}`);
	}
	if (missing.length)
		throw new Error(`describe ${missing.join(', ')} in scripts/lib/table-docs.ts`);
	return new Map(tables.map((t) => [t.name, docs[t.name]!]));
}

const SLICE = 4096;

/** The table's rows in `order`, written as CSV to `csvPath`. */
function writeCsv(
	spec: TableSpec,
	order: readonly number[],
	csvPath: string
): FileEntry & { rows: number } {
	const hash = createHash('sha256');
	const fd = openSync(csvPath, 'w');
	let bytes = 0;
	let rows = 0;
	const put = (text: string) => {
		const b = Buffer.from(text, 'utf8');
		writeSync(fd, b);
		hash.update(b);
		bytes += b.length;
	};
	try {
		put(BOM + csvRow(spec.columns.map(([n]) => n)) + '\r\n');
		for (let at = 0; at < order.length; at += SLICE) {
			let text = '';
			for (const r of order.slice(at, at + SLICE)) text += csvRow(spec.rows[r]!) + '\r\n';
			put(text);
			rows += Math.min(SLICE, order.length - at);
		}
	} finally {
		closeSync(fd);
	}
	return { sha256: hash.digest('hex'), rows, bytes };
}

function write(dir: string, name: string, text: string, rows?: number): FileEntry {
	const bytes = Buffer.from(text, 'utf8');
	writeFileSync(join(dir, name), bytes);
	return { sha256: sha256(bytes), ...(rows === undefined ? {} : { rows }), bytes: bytes.length };
}

function schemaOf(spec: TableSpec, doc: Doc, suffix: string) {
	return {
		fields: spec.columns.map(([name, type]) => ({
			name,
			type: FIELD_TYPE[type],
			...(type === 'DATE' ? { format: 'default' } : {}),
			description: doc.columns[name]!
		})),
		missingValues: [''],
		...(doc.primaryKey ? { primaryKey: doc.primaryKey } : {}),
		...(doc.foreignKeys?.length
			? {
					foreignKeys: doc.foreignKeys.map((fk) => ({
						fields: fk.fields,
						reference: {
							resource: fk.table === spec.name ? '' : `${fk.table}${suffix}`,
							fields: fk.on
						}
					}))
				}
			: {})
	};
}

type Row = Record<string, Cell>;

function sourcesOf(reports: TableSpec | undefined) {
	if (!reports) return [];
	const rows: Row[] = reports.rows.map((r) =>
		Object.fromEntries(reports.columns.map(([n], i) => [n, r[i] ?? null]))
	);
	const byFile = new Map<string, Row[]>();
	for (const r of rows) {
		const file = String(r.source_file);
		const list = byFile.get(file);
		if (list) list.push(r);
		else byFile.set(file, [r]);
	}
	return [...byFile.keys()].sort().map((file) => {
		const covers = byFile
			.get(file)!
			.sort((a, b) => (String(a.report_id) < String(b.report_id) ? -1 : 1));
		const first = covers[0]!;
		const titles = [...new Set(covers.map((r) => `${r.unit_name ?? ''}《${r.title}》`))];
		const projects = covers.map((r) => r.project_name).filter((p) => p !== null);
		return {
			title: titles.join('；') + (projects.length ? `（项目：${projects.join('、')}）` : ''),
			file,
			hash: `sha256:${first.source_sha256}`,
			region_code: first.region_code,
			region_name: first.region_name,
			years: [...new Set(covers.map((r) => Number(r.year)))].sort((a, b) => a - b),
			reports: covers.map((r) => r.report_id)
		};
	});
}

const DESCRIPTION = [
	'县级政务服务数据管理局绩效自评报告中陈述的数字、评分与自动审核发现，逐条附原文引文。源报告是各地公开发布的政府文件，本数据由其整理而来，原文不作改动；每个数字都可以通过 report_id 与 quote 追溯到源报告中的句子。',
	'CSV 文件为 UTF-8 编码并带字节顺序标记（BOM），Excel 和 WPS 可直接打开中文；以 = + - @ 开头的文本（负数除外）前加了一个单引号，防止表格软件把它当作公式执行。Parquet 文件与 CSV 内容相同。',
	'Figures, scores and audit findings stated in the performance self-evaluation reports of county-level government-service and data-management bureaus, each with the sentence it is quoted from. The source reports are public government documents; this data is derived from them without altering them, and every figure traces back through report_id and quote.',
	'CSV files are UTF-8 with a byte-order mark so that Excel and WPS show Chinese text correctly; text starting with = + - @ (other than a negative number) is prefixed with a single quote so spreadsheets do not run it as a formula. The Parquet files hold the same rows.'
].join('\n\n');

export async function writeDownloads(
	dir: string,
	tables: TableSpec[],
	meta: DownloadsMeta
): Promise<Record<string, FileEntry>> {
	const docs = docsOf(tables);
	const files: Record<string, FileEntry> = {};
	const resources: object[] = [];
	const parquetResources: object[] = [];

	for (const spec of tables) {
		const doc = docs.get(spec.name)!;
		const parquetPath = join(dir, `${spec.name}.parquet`);
		const order = meta.orders.get(spec.name);
		if (!order) throw new Error(`${spec.name}: write its Parquet file (writeParquet) first`);
		if (order.length !== spec.rows.length)
			throw new Error(`${spec.name}.parquet holds ${order.length} rows, not ${spec.rows.length}`);
		const csv = writeCsv(spec, order, join(dir, `${spec.name}.csv`));
		files[`${spec.name}.csv`] = csv;

		const parquet = readFileSync(parquetPath);
		const common = { title: doc.title, description: doc.description };
		resources.push({
			name: spec.name,
			path: `${spec.name}.csv`,
			profile: 'tabular-data-resource',
			...common,
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8-sig',
			bytes: csv.bytes,
			hash: `sha256:${csv.sha256}`,
			dialect: {
				delimiter: ',',
				lineTerminator: '\r\n',
				quoteChar: '"',
				doubleQuote: true,
				header: true
			},
			schema: schemaOf(spec, doc, '')
		});
		parquetResources.push({
			name: `${spec.name}-parquet`,
			path: `${spec.name}.parquet`,
			profile: 'tabular-data-resource',
			...common,
			format: 'parquet',
			mediatype: 'application/vnd.apache.parquet',
			bytes: parquet.length,
			hash: `sha256:${sha256(parquet)}`,
			schema: schemaOf(spec, doc, '-parquet')
		});
	}

	const pkg = {
		profile: 'tabular-data-package',
		name: PACKAGE_NAME,
		title: `${meta.synthetic ? '【合成数据 SYNTHETIC】' : ''}县域政务服务绩效对比看板：绩效自评报告数据`,
		description: (meta.synthetic ? SYNTHETIC_NOTE : '') + DESCRIPTION,
		keywords: ['绩效自评', '政务服务', '数字政府', 'performance evaluation', 'e-government'],
		licenses: [LICENSE],
		sources: sourcesOf(tables.find((t) => t.name === 'reports')),
		resources: [...resources, ...parquetResources]
	};
	files['datapackage.json'] = write(
		dir,
		'datapackage.json',
		JSON.stringify(pkg, null, '\t') + '\n'
	);
	return files;
}
