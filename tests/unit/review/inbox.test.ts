/**
 * A dropped file becomes drafts, one per report it holds, under a name of its own in
 * data/sources/; the same file twice is queued once; a refused one leaves nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { DataFolder } from '../../../scripts/review/server/data-folder.ts';
import { Refused } from '../../../scripts/review/server/guards.ts';
import { Inbox } from '../../../scripts/review/server/inbox.ts';
import { Items } from '../../../scripts/review/server/items.ts';
import { Workspace } from '../../../scripts/review/server/workspace.ts';

const XINFENG = '002_80a3220584d78cfb.txt';
const dirs: string[] = [];
let ws: Workspace;
let inbox: Inbox;
let data: string;
beforeEach(() => {
	const dir = mkdtempSync(join(tmpdir(), 'yardstick-inbox-'));
	dirs.push(dir);
	data = join(dir, 'data');
	cpSync('data', data, { recursive: true });
	// 新丰县's file as if it had never been reviewed: its three records and its source gone.
	for (const f of readdirSync(join(data, 'records')))
		if (f.startsWith('440233-')) rmSync(join(data, 'records', f));
	rmSync(join(data, 'sources', XINFENG));
	const folder = new DataFolder(data);
	ws = new Workspace(join(dir, 'work'));
	inbox = new Inbox(ws, folder, new Items(ws, folder, join(dir, 'build')), 1024 * 1024);
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const bytes = (path: string) => new Uint8Array(readFileSync(path));

test('a file holding three project reports becomes three drafts', async () => {
	const got = await inbox.receive(
		'新丰县2023项目自评.txt',
		bytes(join('data', 'sources', XINFENG))
	);
	expect(got.note).toBeNull();
	expect(got.ids).toHaveLength(3);
	const records = got.ids.map((id) => ws.item(id)!.record);
	expect(records.map((r) => r.kind)).toEqual(['project', 'project', 'project']);
	expect(new Set(records.map((r) => r.source.file))).toEqual(new Set(['新丰县2023项目自评.txt']));
	expect(ws.item(got.ids[0]!)!.accepted.facts.every((a) => !a)).toBe(true);
});

test('the same file again is not queued twice', async () => {
	const file = bytes('tests/fixtures/review/xuwen-2024.txt');
	const first = await inbox.receive('xuwen-2024.txt', file);
	const again = await inbox.receive('徐闻.txt', file);
	expect(again.ids).toEqual(first.ids);
	expect(again.note?.zh).toContain('已在队列中');
	expect(ws.items()).toHaveLength(1);
});

test('a name already used by another source gets the file’s hash added', async () => {
	const got = await inbox.receive(
		'003_dfc3b55ffced65d5.txt',
		bytes('tests/fixtures/review/xuwen-2024.txt')
	);
	expect(ws.item(got.ids[0]!)!.sourceFile).toMatch(/^003_dfc3b55ffced65d5-[0-9a-f]{8}\.txt$/);
});

test('a file identical to a reviewed report’s source points to its records', async () => {
	const got = await inbox.receive(
		'copy.txt',
		bytes(join('data', 'sources', '003_dfc3b55ffced65d5.txt'))
	);
	expect(got.ids).toEqual(['r-440883-2023']);
	expect(got.note?.zh).toContain('data/sources/003_dfc3b55ffced65d5.txt');
	expect(ws.items()).toHaveLength(0);
});

test('a refused file is listed with its reason and leaves nothing', async () => {
	const summary = bytes('tests/fixtures/review/qingyuan-work-summary-2023.txt');
	await expect(inbox.receive('summary.txt', summary)).rejects.toBeInstanceOf(Refused);
	expect(inbox.rejected[0]!.message.zh).toContain('「summary.txt」不是绩效自评报告');
	expect(ws.items()).toHaveLength(0);
	expect(readdirSync(join(ws.dir, 'uploads'))).toEqual([]);
});

test('a Word report and an Excel 自评表 are drafted from the text the reader gives', async () => {
	const formats = 'tests/fixtures/formats';
	for (const [file, format, quote] of [
		['chenglingji-2023-overall.docx', 'docx', '其中在编人员3人'],
		['qingshen-2023-project-table.xlsx', 'xlsx', '238.93']
	] as const) {
		const got = await inbox.receive(file, bytes(join(formats, file)));
		expect(got.ids, file).toHaveLength(1);
		const item = ws.item(got.ids[0]!)!;
		const upload = item.upload!;
		expect(ws.upload(upload).format).toBe(format);
		expect(item.sourceFile).toBe(file);
		expect(ws.uploadBytes(upload).equals(readFileSync(join(formats, file)))).toBe(true);
		expect(ws.uploadText(upload)).toContain(quote);
		expect(item.record.facts.some((f) => f.quote.includes(quote))).toBe(true);
	}
});

test('an old Word or Excel file is refused with what to do, and leaves nothing', async () => {
	// The signature every Office 97–2003 file starts with (an OLE2 compound file).
	const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
	await expect(inbox.receive('自评报告.doc', ole2)).rejects.toBeInstanceOf(Refused);
	expect(inbox.rejected[0]!.message.zh).toBe(
		'「自评报告.doc」是 Word 97–2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再添加，未写入任何内容。'
	);
	await expect(inbox.receive('自评表.xls', ole2)).rejects.toBeInstanceOf(Refused);
	expect(inbox.rejected[0]!.message.en).toContain('save it as .xlsx');
	expect(ws.items()).toHaveLength(0);
	expect(readdirSync(join(ws.dir, 'uploads'))).toEqual([]);
});
