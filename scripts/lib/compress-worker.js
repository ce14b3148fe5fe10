/**
 * One precompression thread (scripts/lib/precompress.js): compresses the files it is sent,
 * reusing the compressed bytes of identical content from the cache.
 */
import { parentPort } from 'node:worker_threads';
import { compressFile } from './compress-file.js';

parentPort?.on('message', (/** @type {import('./compress-file.js').Task} */ task) => {
	compressFile(task).then(
		(done) => parentPort?.postMessage(done),
		(/** @type {Error} */ e) => parentPort?.postMessage({ error: `${task.file}: ${e.message}` })
	);
});
