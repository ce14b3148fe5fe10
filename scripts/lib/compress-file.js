/**
 * Compressing one built file to .br or .gz, with its compressed bytes cached by content
 * hash: a rebuild that writes the same bytes again (an unchanged page, the engine's wasm)
 * copies them from the cache instead of compressing them again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const { constants: z } = zlib;

export const LARGE = 1_000_000;

/**
 * @typedef {{ file: string, format: 'br' | 'gz', cacheDir: string }} Task
 */

/**
 * Brotli quality for a file. The hashed assets under _app/immutable are few and the same
 * from build to build, so they get the best compression (quality 9 over 1 MB: 11 took 440 s
 * on one of DuckDB-WASM's wasm files, 9 takes 13–15 s for 14% more bytes). Pages and data
 * are many and change with the data: at quality 11 a 3.5 MB city page took 6.1 s, at 6 it
 * takes 44 ms for 24% more bytes (126 KB against 102 KB; gzip -9 gives 233 KB).
 * @param {string} file @param {number} size
 */
export function brotliQuality(file, size) {
	const immutable = file.split(sep).join('/').includes('/_app/immutable/');
	if (!immutable) return 6;
	return size > LARGE ? 9 : z.BROTLI_MAX_QUALITY;
}

/** @param {Buffer} data @param {string} file @param {'br' | 'gz'} format @param {number} quality */
function encode(data, file, format, quality) {
	if (format === 'gz') return gzip(data, { level: z.Z_BEST_COMPRESSION });
	return brotli(data, {
		params: {
			[z.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? z.BROTLI_MODE_GENERIC : z.BROTLI_MODE_TEXT,
			[z.BROTLI_PARAM_QUALITY]: quality,
			[z.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
}

/**
 * Writes `file.br` or `file.gz`. Says which cache entry it used and whether that entry was
 * there before (`reused`), so the entries a build did not use can be pruned after it.
 * @param {Task} task
 */
export async function compressFile({ file, format, cacheDir }) {
	const data = await readFile(file);
	const quality = format === 'gz' ? 9 : brotliQuality(file, data.length);
	const key = createHash('sha256').update(data).digest('hex');
	const cached = join(cacheDir, `${key}.q${quality}.${format}`);
	const reused = existsSync(cached);
	if (!reused) {
		mkdirSync(cacheDir, { recursive: true });
		const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		await writeFile(tmp, await encode(data, file, format, quality));
		renameSync(tmp, cached);
	}
	copyFileSync(cached, `${file}.${format}`);
	return { reused, cached };
}
