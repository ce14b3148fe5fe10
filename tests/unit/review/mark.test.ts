/**
 * Marking reviewed is all or nothing: when the data build after the write fails, the
 * source, the record and the region entry are taken back and data/ is as it was.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DataFolder } from '../../../scripts/review/server/data-folder.ts';
import { Refused } from '../../../scripts/review/server/guards.ts';
import { Inbox } from '../../../scripts/review/server/inbox.ts';
import { Items } from '../../../scripts/review/server/items.ts';
import { Marker } from '../../../scripts/review/server/mark.ts';
import { Preview } from '../../../scripts/review/server/preview.ts';
import { Workspace } from '../../../scripts/review/server/workspace.ts';
import { hashTree } from '../scripts/build-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'yardstick-mark-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a failing data build undoes the write', { timeout: 180_000 }, async () => {
	const data = join(dir, 'data');
	cpSync('data', data, { recursive: true });
	const ws = new Workspace(join(dir, 'work'));
	const folder = new DataFolder(data);
	const items = new Items(ws, folder, join(dir, 'build'));
	const inbox = new Inbox(ws, folder, items, 10 * 1024 * 1024);
	const preview = new Preview({
		root: process.cwd(),
		host: '127.0.0.1',
		port: 0,
		dataOut: join(dir, 'preview', 'data'),
		sourcesDir: join(data, 'sources'),
		dir: join(dir, 'preview')
	});
	const marker = new Marker(
		{ root: process.cwd(), previewData: join(dir, 'preview', 'data') },
		ws,
		folder,
		items,
		preview
	);

	const pdf = readFileSync('tests/fixtures/review/xuwen-2024.pdf');
	const { ids } = await inbox.receive('xuwen-2024.pdf', new Uint8Array(pdf));
	const id = ids[0]!;
	let item = items.confirmRegion(id, 1, null, '440825');
	const accepted = {
		facts: item.record.facts.map(() => true),
		scores: item.record.scores.map(() => true)
	};
	item = items.save(id, item.version, null, item.record, accepted);

	// Another record the build refuses (its quote is not in its source), written by hand.
	const other = readFileSync(join(data, 'records', '440883-2023.yaml'), 'utf8');
	writeFileSync(
		join(data, 'records', '440883-2023.yaml'),
		other.replace('我局行政编制12名', '我局行政编制13名')
	);
	const before = hashTree(data);

	const refused = await marker.mark(id, item.version, null).then(
		() => null,
		(e: unknown) => (e instanceof Refused ? e.refusal : Promise.reject(e))
	);
	expect(refused?.status).toBe(422);
	expect(refused?.message.zh).toContain('数据构建未通过，已撤销本次写入，data/ 保持原样');
	expect(refused?.message.zh).toContain('440883-2023.yaml');
	expect(hashTree(data)).toEqual(before);
	expect(ws.item(id)?.version).toBe(item.version);
});
