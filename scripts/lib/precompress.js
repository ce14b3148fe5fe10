/**
 * Precompression for the built site (.br and .gz beside each text or wasm file, as
 * adapter-static's `precompress: true` writes them), wrapped around the adapter.
 *
 * Why not the adapter's own: it runs brotli at quality 11 on every file, and on
 * DuckDB-WASM's two 34–39 MB wasm files that took 440 s per file on a 2-core machine
 * (5.19 MB; quality 9: 5.92 MB in 13–15 s). Files over 1 MB get quality 9 here, and their
 * compressed bytes are cached by content hash, so a rebuild reuses them.
 *
 * Plain JavaScript because svelte.config.js imports it and Node 20 cannot load TypeScript.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm']);
const LARGE = 1_000_000;
const CACHE = 'node_modules/.cache/yardstick-precompress';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const { constants: z } = zlib;

/** @param {Buffer} data @param {string} file @param {'br' | 'gz'} format */
function encode(data, file, format) {
	if (format === 'gz') return gzip(data, { level: z.Z_BEST_COMPRESSION });
	const large = data.length > LARGE;
	return brotli(data, {
		params: {
			[z.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? z.BROTLI_MODE_GENERIC : z.BROTLI_MODE_TEXT,
			[z.BROTLI_PARAM_QUALITY]: large ? 9 : z.BROTLI_MAX_QUALITY,
			[z.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
}

/** @param {string} file @param {'br' | 'gz'} format */
async function compress(file, format) {
	const data = await readFile(file);
	if (data.length <= LARGE) return writeFile(`${file}.${format}`, await encode(data, file, format));
	const key = createHash('sha256').update(data).digest('hex');
	const cached = join(CACHE, `${key}.v1.${format}`);
	if (!existsSync(cached)) {
		mkdirSync(CACHE, { recursive: true });
		const tmp = `${cached}.${process.pid}.tmp`;
		await writeFile(tmp, await encode(data, file, format));
		renameSync(tmp, cached);
	}
	await writeFile(`${file}.${format}`, await readFile(cached));
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && EXTENSIONS.has(extname(d.name)))
		.map((d) => join(d.parentPath, d.name));
}

/**
 * @param {import('@sveltejs/kit').Adapter} adapter an adapter that does not precompress
 * @param {string} dir the directory it writes
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function precompressed(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			builder.log.minor('Compressing assets and pages');
			const files = listFiles(dir);
			await Promise.all(files.flatMap((f) => [compress(f, 'gz'), compress(f, 'br')]));
		}
	};
}
