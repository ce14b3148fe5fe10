/**
 * Precompression for the built site (.br and .gz beside each text or wasm file, as
 * adapter-static's `precompress: true` writes them), wrapped around the adapter.
 *
 * Why not the adapter's own: it runs brotli at quality 11 on every file, one at a time, on
 * the main thread. Here the files are compressed on a pool of worker threads, at the quality
 * compress-file.js chooses, and every file's compressed bytes are cached by content hash, so
 * a rebuild compresses only what changed.
 *
 * Plain JavaScript because svelte.config.js imports it and Node 20 cannot load TypeScript.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LARGE } from './compress-file.js';

const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm']);
export const CACHE = 'node_modules/.cache/yardstick-precompress';

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && EXTENSIONS.has(extname(d.name)))
		.map((d) => join(d.parentPath, d.name));
}

/**
 * The cache of one output folder, pruned to what its last build used. Large files (the
 * engine's wasm, the same in every build) share one cache, never pruned.
 * @param {string} cache @param {string} dir
 */
export function cacheOf(cache, dir) {
	return join(cache, 'pages', createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16));
}

/** Removes the entries of `dir` not in `used`. @param {string} dir @param {Set<string>} used */
function prune(dir, used) {
	let entries;
	try {
		entries = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of entries) {
		const path = join(dir, name);
		if (!used.has(path)) rmSync(path, { force: true });
	}
}

/**
 * Writes .br and .gz beside every text and wasm file under `dir`, on `threads` worker
 * threads. Resolves to how many files were compressed and how many were copied from the cache.
 * @param {string} dir
 * @param {{ cache?: string, threads?: number }} [options]
 */
export async function precompressDir(dir, options = {}) {
	const cache = options.cache ?? CACHE;
	const caches = { own: cacheOf(cache, dir), shared: join(cache, 'large') };
	const tasks = listFiles(dir).flatMap((file) => {
		const cacheDir = statSync(file).size > LARGE ? caches.shared : caches.own;
		return /** @type {const} */ (['br', 'gz']).map((format) => ({ file, format, cacheDir }));
	});
	const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), tasks.length));
	const counts = { compressed: 0, reused: 0 };
	const used = new Set();
	const workers = Array.from(
		{ length: threads },
		() => new Worker(new URL('./compress-worker.js', import.meta.url))
	);
	try {
		let next = 0;
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise((done, fail) => {
						worker.on('error', fail);
						worker.on(
							'message',
							(/** @type {{ reused: boolean, cached: string, error?: string }} */ m) => {
								if (m.error) return fail(new Error(`precompression failed: ${m.error}`));
								counts[m.reused ? 'reused' : 'compressed']++;
								used.add(m.cached);
								send();
							}
						);
						const send = () => (next < tasks.length ? worker.postMessage(tasks[next++]) : done(0));
						send();
					})
			)
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	prune(caches.own, used);
	return counts;
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
			const t = performance.now();
			const { compressed, reused } = await precompressDir(dir);
			const s = ((performance.now() - t) / 1000).toFixed(1);
			builder.log(`Compressed ${compressed} files and reused ${reused} in ${s} s`);
		}
	};
}
