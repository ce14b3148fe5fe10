/**
 * The built site's .br/.gz files (scripts/lib/precompress.js): written on worker threads,
 * each decompressing to its file's bytes; a rebuild copies the compressed bytes of unchanged
 * content from the cache and compresses only what changed; the cache keeps only what the
 * last build of that folder used.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { brotliQuality } from '../../../scripts/lib/compress-file.js';
import { precompressDir } from '../../../scripts/lib/precompress.js';

const root = mkdtempSync(join(tmpdir(), 'yardstick-precompress-'));
const site = join(root, 'build');
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A page of `n` lines that differ, so each file has content of its own. */
const page = (name: string, n: number) =>
	`<!doctype html><title>${name}</title>` +
	Array.from({ length: n }, (_, i) => `<p>${name} 第${i}行：预算 ${i * 37} 元</p>`).join('\n');

const FILES: Record<string, string> = {
	'index.html': page('首页', 300),
	'sources/r1.html': page('r1', 2000),
	'sources/r2.html': page('r2', 50),
	'_app/immutable/entry/app.js': `export const x = ${JSON.stringify(page('js', 100))};`,
	'data/manifest.json': JSON.stringify({ files: page('m', 20) }),
	'favicon.png': 'not compressed'
};

function write(files: Record<string, string>) {
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(site, name)), { recursive: true });
		writeFileSync(join(site, name), text);
	}
}

function compressedOf(name: string) {
	return { br: readFileSync(join(site, `${name}.br`)), gz: readFileSync(join(site, `${name}.gz`)) };
}

test('every text file gets a .br and a .gz that decompress to its bytes', async () => {
	write(FILES);
	const counts = await precompressDir(site, { cache, threads: 2 });
	const text = Object.keys(FILES).filter((f) => !f.endsWith('.png'));
	expect(counts).toEqual({ compressed: text.length * 2, reused: 0 });
	for (const name of text) {
		const { br, gz } = compressedOf(name);
		expect(brotliDecompressSync(br).toString()).toBe(FILES[name]);
		expect(gunzipSync(gz).toString()).toBe(FILES[name]);
	}
	expect(existsSync(join(site, 'favicon.png.br'))).toBe(false);
});

test('a rebuild reuses the compressed bytes of unchanged files and compresses what changed', async () => {
	const before = Object.fromEntries(
		Object.keys(FILES)
			.slice(0, 5)
			.map((f) => [f, compressedOf(f)])
	);
	// The adapter empties the folder and writes every file anew.
	rmSync(site, { recursive: true });
	const changed = page('r1 改', 2000);
	write({ ...FILES, 'sources/r1.html': changed });
	const counts = await precompressDir(site, { cache, threads: 2 });
	expect(counts).toEqual({ compressed: 2, reused: 8 });
	for (const name of Object.keys(before).filter((f) => f !== 'sources/r1.html'))
		expect(compressedOf(name)).toEqual(before[name]);
	const r1 = compressedOf('sources/r1.html');
	expect(brotliDecompressSync(r1.br).toString()).toBe(changed);
	expect(gunzipSync(r1.gz).toString()).toBe(changed);
	// The old r1's entries went: the cache holds what this build used, nothing more.
	const entries = readdirSync(join(cache, 'pages'), { recursive: true, withFileTypes: true });
	expect(entries.filter((e) => e.isFile()).length).toBe(10);
});

test('a folder that is not there fails with its name', async () => {
	await expect(precompressDir(join(root, 'missing'), { cache, threads: 2 })).rejects.toThrow(
		/missing/
	);
});

test('hashed assets get the best brotli, pages and data a fast one, large files 9', () => {
	expect(brotliQuality('/b/_app/immutable/entry/app.js', 10_000)).toBe(11);
	expect(brotliQuality('/b/_app/immutable/assets/duckdb-eh.wasm', 34_000_000)).toBe(9);
	expect(brotliQuality('/b/sources/r1.html', 10_000)).toBe(6);
	expect(brotliQuality('/b/data/manifest.json', 3_000_000)).toBe(6);
});
