/**
 * Serves the built site from build/ on loopback, with the precompressed .br/.gz files.
 * Hashed assets are cached for a year, everything else revalidated (lib/cache-control.ts).
 * PORT (default 4173) and HOST (default 127.0.0.1) may be set in the environment.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { cacheControl } from './lib/cache-control.ts';

const root = process.env.SITE_DIR ?? 'build';
if (!existsSync(root)) {
	console.error(`✗ ${root}/ does not exist: run \`npm run build\` first`);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const serve = sirv(root, {
	brotli: true,
	gzip: true,
	etag: true,
	extensions: ['html'],
	setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname))
});

createServer((req, res) => {
	serve(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('404 未找到 / Not found');
	});
}).listen(port, host, () => console.log(`Yardstick: http://${host}:${port}/`));
