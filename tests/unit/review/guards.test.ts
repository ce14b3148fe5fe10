import { describe, expect, test } from 'vitest';
import {
	checkFileName,
	checkHost,
	checkOrigin,
	checkSize,
	checkVersion
} from '../../../scripts/review/server/guards.ts';

const PORT = 4174;

describe('Host: only this server’s own loopback names', () => {
	test.each([
		['127.0.0.1:4174', true],
		['localhost:4174', true],
		['LOCALHOST:4174', true],
		['127.0.0.1', false],
		['127.0.0.1:4175', false],
		['evil.example:4174', false],
		['127.0.0.1.nip.io:4174', false],
		['localhost.evil.example:4174', false],
		['[::1]:4174', false],
		[undefined, false]
	])('%s → %s', (host, ok) => {
		const r = checkHost(host, PORT);
		expect(r === null).toBe(ok);
		if (r) expect(r.status).toBe(421);
	});
});

describe('Origin: writes only from the workbench’s own page', () => {
	test.each([
		['GET', 'http://evil.example', undefined, true],
		['HEAD', undefined, undefined, true],
		['POST', 'http://127.0.0.1:4174', undefined, true],
		['PUT', 'http://localhost:4174', 'same-origin', true],
		['POST', undefined, 'same-origin', true],
		['POST', undefined, 'cross-site', false],
		['POST', undefined, undefined, false],
		['DELETE', 'http://evil.example', 'cross-site', false],
		['POST', 'http://127.0.0.1:4175', 'same-site', false],
		['POST', 'https://127.0.0.1:4174', undefined, false],
		['POST', 'null', undefined, false],
		['OPTIONS', 'http://evil.example', undefined, false]
	])('%s from %s (%s) → %s', (method, origin, site, ok) => {
		const r = checkOrigin(method, origin, site, PORT);
		expect(r === null).toBe(ok);
		if (r) expect(r.status).toBe(403);
	});
});

describe('file names: one plain name, refused rather than cleaned', () => {
	test.each([
		['徐闻县2024年部门整体支出绩效自评报告.pdf', true],
		['report (1).docx', true],
		['a..b.txt', true],
		['../evil.txt', false],
		['..\\evil.txt', false],
		['sources/x.txt', false],
		['/etc/passwd', false],
		['C:report.pdf', false],
		['.hidden', false],
		['..', false],
		['a\u0000.txt', false],
		['a\nb.txt', false],
		['', false],
		[undefined, false],
		['x'.repeat(201), false]
	])('%j → %s', (name, ok) => {
		const r = checkFileName(name);
		expect(r === null).toBe(ok);
		if (r) expect(r.message.zh).toMatch(/文件名|缺少文件名/);
	});
});

test('size: over the cap is refused with both sizes in the message', () => {
	expect(checkSize('a.pdf', 1024, 1024)).toBeNull();
	const r = checkSize('a.pdf', 3 * 1024 * 1024, 2 * 1024 * 1024)!;
	expect(r.status).toBe(413);
	expect(r.message.zh).toBe(
		'「a.pdf」有 3.0 MB，超过上传上限 2.0 MB，未写入任何内容。可把报告拆分，或由管理员调高上限（YARDSTICK_REVIEW_MAX_MB）。'
	);
});

test('versions: a save based on another version is stale (409)', () => {
	expect(checkVersion(3, 3)).toBeNull();
	expect(checkVersion(3, 2)!.status).toBe(409);
	expect(checkVersion(3, 2)!.message.zh).toContain('当前版本 3，本页基于版本 2');
	expect(checkVersion(0, 1)!.status).toBe(409);
	expect(checkVersion(3, '3')!.status).toBe(400);
	expect(checkVersion(3, undefined)!.status).toBe(400);
});
