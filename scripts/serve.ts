/**
 * Serves the built site from build/ on loopback, with the precompressed .br/.gz files.
 * Hashed assets are cached for a year, everything else revalidated (lib/cache-control.ts).
 * Files are looked up per request (lib/static-files.ts), so a rebuild of build/ is served
 * without a restart. PORT (default 4173; 0 picks a free one) and HOST (default 127.0.0.1)
 * may be set in the environment.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cacheControl } from './lib/cache-control.ts';
import { staticFiles } from './lib/static-files.ts';

const root = process.env.SITE_DIR ?? 'build';
if (!existsSync(root)) {
	console.error(`✗ ${root}/ does not exist: run \`npm run build\` first`);
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const serve = staticFiles(root, cacheControl);

const server = createServer((req, res) => {
	serve(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.setHeader('cache-control', 'no-cache');
		res.end('404 未找到 / Not found');
	});
});
server.listen(port, host, () =>
	console.log(`Yardstick: http://${host}:${(server.address() as AddressInfo).port}/`)
);
