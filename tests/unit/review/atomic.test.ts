import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { applyChanges, type FileOps } from '../../../scripts/review/server/atomic.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'yardstick-atomic-'));
	fs.mkdirSync(join(dir, 'records'));
	writeFileSync(join(dir, 'regions.yaml'), 'old regions\n');
	writeFileSync(join(dir, 'records', 'old.yaml'), 'old record\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tree = () =>
	Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => [
				join(e.parentPath, e.name).slice(dir.length + 1),
				readFileSync(join(e.parentPath, e.name), 'utf8')
			])
	);

const changes = () => [
	{ path: join(dir, 'regions.yaml'), bytes: 'new regions\n' },
	{ path: join(dir, 'sources', 'new.pdf'), bytes: new Uint8Array([37, 80, 68, 70]) },
	{ path: join(dir, 'records', 'new.yaml'), bytes: 'new record\n' },
	{ path: join(dir, 'records', 'old.yaml'), bytes: null }
];

/** The real file operations, with one call made to fail. */
function failing(op: keyof FileOps, nth: number): FileOps {
	let calls = 0;
	return {
		...fs,
		[op]: (...args: unknown[]) => {
			if (++calls === nth) throw new Error(`${op} failed`);
			return (fs[op] as (...a: unknown[]) => unknown)(...args);
		}
	} as FileOps;
}

test('all changes land together; finish leaves no temporary files', () => {
	const tx = applyChanges(changes());
	tx.finish();
	expect(tree()).toEqual({
		'regions.yaml': 'new regions\n',
		'sources/new.pdf': '%PDF',
		'records/new.yaml': 'new record\n'
	});
});

test('undo after applying puts every file back, removed ones included', () => {
	const before = tree();
	applyChanges(changes()).undo();
	expect(tree()).toEqual(before);
});

test.each([
	['writeFileSync', 2],
	['renameSync', 1],
	['renameSync', 3],
	['rmSync', 1],
	['copyFileSync', 2]
] as const)('a failing %s (call %i) leaves the folder exactly as it was', (op, nth) => {
	const before = tree();
	expect(() => applyChanges(changes(), failing(op, nth))).toThrow(`${op} failed`);
	expect(tree()).toEqual(before);
});
