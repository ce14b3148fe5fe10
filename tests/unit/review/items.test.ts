/**
 * Stale saves: every save names the version it was based on; one based on an older
 * version, or on a record file that changed on disk since it was opened, is refused.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { DataFolder } from '../../../scripts/review/server/data-folder.ts';
import { Refused } from '../../../scripts/review/server/guards.ts';
import { Items } from '../../../scripts/review/server/items.ts';
import { Workspace } from '../../../scripts/review/server/workspace.ts';

const dirs: string[] = [];
let items: Items;
let data: DataFolder;
beforeEach(() => {
	const dir = mkdtempSync(join(tmpdir(), 'yardstick-items-'));
	dirs.push(dir);
	cpSync('data', join(dir, 'data'), { recursive: true });
	data = new DataFolder(join(dir, 'data'));
	items = new Items(new Workspace(join(dir, 'work')), data, join(dir, 'build'));
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ID = 'r-440883-2023';
const refusal = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		if (e instanceof Refused) return e.refusal;
		throw e;
	}
	throw new Error('not refused');
};

test('a reviewed record opens at version 0 with every figure confirmed', () => {
	const item = items.open(ID);
	expect(item.version).toBe(0);
	expect(item.accepted.facts.every(Boolean)).toBe(true);
	expect(item.baseSha).toMatch(/^[0-9a-f]{64}$/);
});

test('the second of two saves based on the same version is refused as stale', () => {
	const { record, accepted, baseSha } = items.open(ID);
	const first = items.save(ID, 0, baseSha, { ...record, grade: '良' }, accepted);
	expect(first.version).toBe(1);
	const r = refusal(() => items.save(ID, 0, baseSha, { ...record, grade: '优' }, accepted));
	expect(r.status).toBe(409);
	expect(r.message.zh).toContain('当前版本 1，本页基于版本 0');
	expect(items.open(ID).record.grade).toBe('良');
	expect(items.save(ID, 1, baseSha, { ...record, grade: '优' }, accepted).version).toBe(2);
});

test('a record changed on disk since it was opened is not saved over', () => {
	const { record, accepted, baseSha } = items.open(ID);
	appendFileSync(data.recordPath('440883-2023'), '# changed elsewhere\n');
	const r = refusal(() => items.save(ID, 0, baseSha, record, accepted));
	expect(r.status).toBe(409);
	expect(r.message.zh).toContain('data/records/440883-2023.yaml 在本页打开后已被修改');
});

test('the report id follows the region and year as they are edited', () => {
	const { record, accepted, baseSha } = items.open(ID);
	const saved = items.save(ID, 0, baseSha, { ...record, year: 2022 }, accepted);
	expect(saved.record.report_id).toBe('440883-2022');
	expect(saved.record.source.file).toBe(record.source.file);
});
