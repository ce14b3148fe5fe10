/**
 * `npm run review` refuses what it must, with a message naming the file and the problem,
 * and writes nothing for it: a work summary, a damaged PDF, an empty file, an oversized
 * file, a file name with path parts, a write from another origin, a foreign Host.
 */
import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { fixture, written } from './files.ts';
import { place } from './place.ts';

test.describe.configure({ mode: 'serial' });

let before: ReturnType<typeof written>;
test.beforeAll(() => {
	before = written();
});
test.afterEach(() => {
	expect(written()).toEqual(before);
});

const ownOrigin = { origin: place.url };

test('a work summary, a damaged PDF and an empty file are listed with the reason', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('pick-files').setInputFiles([
		{
			name: 'qingyuan-work-summary-2023.txt',
			mimeType: 'text/plain',
			buffer: fixture('qingyuan-work-summary-2023.txt')
		},
		// The real PDF cut short: its cross-reference table and objects are missing.
		{
			name: 'damaged.pdf',
			mimeType: 'application/pdf',
			buffer: fixture('xuwen-2024.pdf').subarray(0, 4000)
		},
		{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }
	]);
	const refused = page.getByTestId('refused');
	await expect(refused).toContainText('「empty.txt」是空文件，未写入任何内容');
	await expect(refused).toContainText('「qingyuan-work-summary-2023.txt」不是绩效自评报告');
	await expect(refused).toContainText('a work summary (工作总结)');
	await expect(refused).toContainText('「damaged.pdf」无法读取');
	await expect(page.getByTestId('queue-draft')).toHaveCount(0);
	await expect(page.getByTestId('queue-attention')).toHaveCount(0);
});

test('an oversized file is refused by the page and by the server', async ({ page, request }) => {
	const big = Buffer.concat(Array.from({ length: 5 }, () => fixture('xuwen-2024.pdf')));
	expect(big.length).toBeGreaterThan(place.maxMb * 1024 * 1024);
	await page.goto('/');
	await page
		.getByTestId('pick-files')
		.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big });
	await expect(page.getByTestId('refused')).toContainText(
		'「big.pdf」有 1.4 MB，超过上传上限 1.0 MB'
	);

	const res = await request.post('/api/uploads', {
		headers: { ...ownOrigin, 'x-file-name': 'big.pdf' },
		data: big
	});
	expect(res.status()).toBe(413);
	expect((await res.json()).error.zh).toContain('超过上传上限 1.0 MB，未写入任何内容');
});

test('a file name with path parts is refused', async ({ request }) => {
	for (const name of [
		'../xuwen-2024.txt',
		'..\\xuwen-2024.txt',
		'sources/xuwen-2024.txt',
		'.hidden.txt'
	]) {
		const res = await request.post('/api/uploads', {
			headers: { ...ownOrigin, 'x-file-name': encodeURIComponent(name) },
			data: fixture('xuwen-2024.txt')
		});
		expect(res.status(), name).toBe(400);
		expect((await res.json()).error.zh).toContain(`文件名「${name}」含有路径`);
	}
});

test('a write from another origin is refused, from a page and from a script', async ({
	page,
	request
}) => {
	const res = await request.post('/api/uploads', {
		headers: { origin: 'http://evil.example', 'x-file-name': 'xuwen-2024.txt' },
		data: fixture('xuwen-2024.txt')
	});
	expect(res.status()).toBe(403);
	expect((await res.json()).error.zh).toContain('请求来自「http://evil.example」');

	// A page of another origin (the preview's port) posting to the workbench in Chromium.
	await page.goto(`http://127.0.0.1:${place.previewPort}/`);
	const answered = page.waitForResponse(`${place.url}/api/uploads`);
	await page.evaluate((url) => {
		void fetch(`${url}/api/uploads`, {
			method: 'POST',
			mode: 'no-cors',
			body: '部门整体支出绩效自评报告 评价年度:2024 填报日期:2025年10月27日'
		}).catch(() => undefined);
	}, place.url);
	expect((await answered).status()).toBe(403);
});

test('a request under another Host name (DNS rebinding) is refused', async () => {
	const ask = (method: string, headers: Record<string, string>) =>
		new Promise<{ status: number; body: string }>((done, fail) => {
			const req = httpRequest(
				{ host: '127.0.0.1', port: place.port, path: '/api/state', method, headers },
				(res) => {
					let body = '';
					res.on('data', (c: Buffer) => (body += c.toString()));
					res.on('end', () => done({ status: res.statusCode ?? 0, body }));
				}
			);
			req.on('error', fail);
			req.end();
		});
	const read = await ask('GET', { host: `rebind.example:${place.port}` });
	expect(read.status).toBe(421);
	expect(JSON.parse(read.body).error.zh).toContain('Host「rebind.example');
	const write = await ask('POST', {
		host: `rebind.example:${place.port}`,
		origin: `http://rebind.example:${place.port}`
	});
	expect(write.status).toBe(421);
	const own = await ask('GET', { host: `localhost:${place.port}` });
	expect(own.status).toBe(200);
});
