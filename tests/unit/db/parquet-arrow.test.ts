/**
 * Parquet written by the build's own writer (scripts/lib/parquet.ts), decoded as the
 * browser's worker decodes it, read back from the Arrow IPC stream: explicit types,
 * NULL kept NULL (never 0 or ''), dates as dates, projection and filter honoured.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC, Type } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openWriter, writeParquet, type TableSpec } from '../../../scripts/lib/parquet.ts';
import { parquetToArrow } from '../../../src/lib/db/parquet-arrow.ts';

const spec: TableSpec = {
	name: 'sample',
	columns: [
		['id', 'VARCHAR'],
		['year', 'INTEGER'],
		['value', 'DOUBLE'],
		['filed_on', 'DATE'],
		['note', 'VARCHAR']
	],
	orderBy: 'id',
	rows: [
		['a', 2023, 3710164, '2024-03-13', '原文'],
		['b', null, null, null, null],
		['c', 2021, 0, '2022-01-01', '']
	]
};

let dir: string;
let file: ArrayBuffer;
let empty: ArrayBuffer;

function arrayBufferOf(path: string): ArrayBuffer {
	const b = readFileSync(path);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'yardstick-db-'));
	const { conn, close } = await openWriter();
	try {
		await writeParquet(conn, spec, join(dir, 'sample.parquet'));
		await writeParquet(conn, { ...spec, name: 'none', rows: [] }, join(dir, 'none.parquet'));
	} finally {
		close();
	}
	file = arrayBufferOf(join(dir, 'sample.parquet'));
	empty = arrayBufferOf(join(dir, 'none.parquet'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parquetToArrow', () => {
	test('gives explicit Arrow types and keeps NULLs', async () => {
		const out = await parquetToArrow(file);
		expect(out.rows).toBe(3);
		expect(out.columns).toEqual([
			{ name: 'id', type: 'VARCHAR' },
			{ name: 'year', type: 'INTEGER' },
			{ name: 'value', type: 'DOUBLE' },
			{ name: 'filed_on', type: 'DATE' },
			{ name: 'note', type: 'VARCHAR' }
		]);
		const table = tableFromIPC(out.ipc!);
		expect(table.schema.fields.map((f) => f.type.typeId)).toEqual([
			Type.Utf8,
			Type.Int,
			Type.Float,
			Type.Date,
			Type.Utf8
		]);
		const rows = table.toArray().map((r) => r.toJSON());
		expect(rows[0]).toEqual({
			id: 'a',
			year: 2023,
			value: 3710164,
			filed_on: Date.UTC(2024, 2, 13),
			note: '原文'
		});
		expect(rows[1]).toEqual({ id: 'b', year: null, value: null, filed_on: null, note: null });
		expect(rows[2]).toMatchObject({ year: 2021, value: 0, note: '' });
	});

	test('reads only the requested columns, in the requested order', async () => {
		const out = await parquetToArrow(file, { columns: ['value', 'id'] });
		expect(out.columns.map((c) => c.name)).toEqual(['value', 'id']);
		expect(
			tableFromIPC(out.ipc!)
				.toArray()
				.map((r) => r.toJSON())
		).toEqual([
			{ value: 3710164, id: 'a' },
			{ value: null, id: 'b' },
			{ value: 0, id: 'c' }
		]);
	});

	test('applies a row filter', async () => {
		const out = await parquetToArrow(file, { columns: ['id'], filter: { year: { $gt: 2022 } } });
		expect(out.rows).toBe(1);
		expect(tableFromIPC(out.ipc!).getChild('id')!.toArray()).toEqual(['a']);
	});

	test('an empty file gives its columns and no stream', async () => {
		const out = await parquetToArrow(empty);
		expect(out).toMatchObject({ rows: 0, ipc: null });
		expect(out.columns).toHaveLength(5);
	});

	test('an unknown column is a clear error', async () => {
		await expect(parquetToArrow(file, { columns: ['nope'] }, 'sample.parquet')).rejects.toThrow(
			'sample.parquet: 没有列 nope'
		);
	});
});
