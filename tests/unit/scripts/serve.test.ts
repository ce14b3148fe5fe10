/**
 * `npm run serve` over a folder rebuilt underneath it: the real script on a temporary
 * folder, the folder wiped and written again as a build does, and every file fetched as it
 * now is (new hashed files found, changed pages sent whole, the announced length true),
 * with the caching headers of lib/cache-control.ts, without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byteRange } from '../../../scripts/lib/static-files.ts';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((done, fail) => {
		get(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', fail);
		}).on('error', fail);
	});
}

/** Writes a build as the adapter does: the folder emptied, then every file anew. */
function build(dir: string, files: Record<string, string>): void {
	rmSync(dir, { recursive: true, force: true });
	for (const [name, text] of Object.entries(files)) {
		const path = join(dir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		if (name.endsWith('.html') || name.endsWith('.js'))
			writeFileSync(`${path}.br`, brotliCompressSync(text));
	}
}

const page = (n: number, script: string) =>
	`<!doctype html><title>构建 ${n}</title><script src="/_app/immutable/${script}"></script>${'内容'.repeat(n * 50)}`;

let dir: string;
let server: ChildProcess;
let base: string;

beforeAll(async () => {
	dir = join(mkdtempSync(join(tmpdir(), 'serve-')), 'build');
	build(dir, {
		'index.html': page(1, 'start.aaa111.js'),
		'compare.html': page(1, 'start.aaa111.js'),
		'_app/immutable/start.aaa111.js': 'export const build = 1;',
		'data/facts.parquet': 'PAR1 first build PAR1'
	});
	server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
		env: { ...process.env, PORT: '0', SITE_DIR: dir },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	base = await new Promise<string>((done, fail) => {
		server.stdout!.on('data', (b: Buffer) => {
			const m = /http:\/\/[\d.]+:\d+/.exec(String(b));
			if (m) done(m[0]);
		});
		server.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}`)));
	});
}, 30_000);

afterAll(() => {
	server?.kill();
	if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

describe('npm run serve', () => {
	test('serves pages, hashed files and data with their caching rule', async () => {
		const home = await fetchRaw(`${base}/compare`);
		expect(home.status).toBe(200);
		expect(home.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
		expect(home.headers['cache-control']).toBe('no-cache');
		expect(home.body.toString()).toBe(page(1, 'start.aaa111.js'));
		const js = await fetchRaw(`${base}/_app/immutable/start.aaa111.js`);
		expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(js.body.toString()).toBe('export const build = 1;');
		expect((await fetchRaw(`${base}/`)).body.toString()).toBe(page(1, 'start.aaa111.js'));
		expect((await fetchRaw(`${base}/missing`)).status).toBe(404);
		expect((await fetchRaw(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
	});

	test('sends the precompressed file to a browser that accepts it, revalidates by ETag', async () => {
		const br = await fetchRaw(`${base}/compare`, { 'accept-encoding': 'gzip, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(Number(br.headers['content-length'])).toBe(br.body.length);
		expect(brotliDecompressSync(br.body).toString()).toBe(page(1, 'start.aaa111.js'));
		const again = await fetchRaw(`${base}/compare`, {
			'accept-encoding': 'gzip, br',
			'if-none-match': String(br.headers.etag)
		});
		expect(again.status).toBe(304);
	});

	test('answers a byte range of the file itself', async () => {
		const part = await fetchRaw(`${base}/data/facts.parquet`, { range: 'bytes=0-3' });
		expect(part.status).toBe(206);
		expect(part.body.toString()).toBe('PAR1');
		expect(part.headers['content-range']).toBe('bytes 0-3/21');
		expect(byteRange('bytes=-4', 21)).toEqual({ start: 17, end: 20 });
		expect(byteRange('bytes=30-', 21)).toBeNull();
	});

	test('a rebuild underneath is served as it now is, without a restart', async () => {
		expect((await fetchRaw(`${base}/compare`)).status).toBe(200);
		build(dir, {
			'index.html': page(2, 'start.bbb222.js'),
			'compare.html': page(3, 'start.bbb222.js'),
			'_app/immutable/start.bbb222.js': 'export const build = 2; // longer than before',
			'data/facts.parquet': 'PAR1 the second build, with more rows PAR1'
		});
		for (const encoding of ['identity', 'br']) {
			const changed = await fetchRaw(`${base}/compare`, { 'accept-encoding': encoding });
			expect(changed.status).toBe(200);
			expect(Number(changed.headers['content-length'])).toBe(changed.body.length);
			const text = encoding === 'br' ? brotliDecompressSync(changed.body) : changed.body;
			expect(text.toString()).toBe(page(3, 'start.bbb222.js'));
		}
		const js = await fetchRaw(`${base}/_app/immutable/start.bbb222.js`);
		expect(js.status).toBe(200);
		expect(js.body.toString()).toBe('export const build = 2; // longer than before');
		expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await fetchRaw(`${base}/_app/immutable/start.aaa111.js`)).status).toBe(404);
		const data = await fetchRaw(`${base}/data/facts.parquet`);
		expect(Number(data.headers['content-length'])).toBe(data.body.length);
		expect(data.body.toString()).toBe('PAR1 the second build, with more rows PAR1');
	});
});
