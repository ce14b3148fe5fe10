/**
 * npm run review — the curator's workbench: drop report files, review each drafted
 * record against its source, mark it reviewed (written to data/, the data rebuilt, a
 * local preview built), publish the site. Loopback only; needs nothing else running.
 *
 * PORT (default 4174) and PREVIEW_PORT (default PORT + 1); where it reads and writes:
 * YARDSTICK_REVIEW_DATA (data/), YARDSTICK_REVIEW_WORK (.review/, the drafts),
 * YARDSTICK_REVIEW_DATA_OUT (static/data/) and YARDSTICK_REVIEW_SITE_OUT (build/), the
 * last two for Publish; YARDSTICK_REVIEW_MAX_MB caps an upload (default 50).
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataFolder } from './review/server/data-folder.ts';
import { Inbox } from './review/server/inbox.ts';
import { Items } from './review/server/items.ts';
import { Marker } from './review/server/mark.ts';
import { Preview } from './review/server/preview.ts';
import { handle, type App } from './review/server/routes.ts';
import { ensureUi } from './review/server/ui-build.ts';
import { warmUp } from './review/server/warm.ts';
import { Workspace } from './review/server/workspace.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const HOST = '127.0.0.1';
const port = Number(env.PORT ?? 4174);
const previewPort = Number(env.PREVIEW_PORT ?? port + 1);
const dir = (name: string, fallback: string) => resolve(env[name] ?? join(root, fallback));
const dataDir = dir('YARDSTICK_REVIEW_DATA', 'data');
const workDir = dir('YARDSTICK_REVIEW_WORK', '.review');
const maxBytes = Math.round(Number(env.YARDSTICK_REVIEW_MAX_MB ?? 50) * 1024 * 1024);

if (!existsSync(join(dataDir, 'regions.yaml')) || !existsSync(join(dataDir, 'metrics.yaml'))) {
	console.error(`✗ ${dataDir} has no regions.yaml and metrics.yaml: not a data folder`);
	process.exit(1);
}

const ws = new Workspace(workDir);
const data = new DataFolder(dataDir);
const siteOut = dir('YARDSTICK_REVIEW_SITE_OUT', 'build');
const items = new Items(ws, data, siteOut);
const previewData = join(workDir, 'preview', 'data');
const preview = new Preview({
	root,
	host: HOST,
	port: previewPort,
	dataOut: previewData,
	sourcesDir: join(dataDir, 'sources'),
	dir: join(workDir, 'preview')
});
const app: App = {
	port,
	uiDir: await ensureUi(root, (s) => console.log(s)),
	data,
	ws,
	items,
	inbox: new Inbox(ws, data, items, maxBytes),
	marker: new Marker({ root, previewData }, ws, data, items, preview),
	preview,
	publish: {
		root,
		dataDir,
		dataOut: dir('YARDSTICK_REVIEW_DATA_OUT', 'static/data'),
		siteOut,
		workDir
	}
};

await preview.listen();
createServer((req, res) => {
	handle(app, req, res).catch((e: Error) => {
		console.error(e);
		if (!res.headersSent) res.writeHead(500);
		res.end();
	});
}).listen(port, HOST, () => {
	console.log(`报告审核台 Review workbench: http://${HOST}:${port}/`);
	console.log(`  data: ${dataDir}   drafts: ${workDir}   preview: http://${HOST}:${previewPort}/`);
	warmUp(data, items).catch((e: Error) => console.error(`warm-up: ${e.message}`));
});
