/**
 * The local preview: after a report is marked reviewed, the site is built over the data
 * just rebuilt, with only the pages that show the change prerendered (/compare, the
 * county's page and the report's source page), into the workspace, and served on a
 * second loopback port. Nothing is published; build/ and static/data/ are untouched.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import type { PreviewState } from '../shared/api.ts';
import { exclusive, siteBuild } from './builds.ts';
import { checkHost } from './guards.ts';

export interface PreviewConfig {
	root: string;
	host: string;
	port: number;
	/** The data build's output for the preview, and the sources it quotes. */
	dataOut: string;
	sourcesDir: string;
	dir: string;
}

export class Preview {
	state: PreviewState = { status: 'none', url: null, pages: [], ms: null, error: null };
	private serve: ReturnType<typeof sirv> | null = null;
	private pending: string[] | null = null;
	private running = false;

	constructor(private cfg: PreviewConfig) {
		if (existsSync(this.siteDir)) this.load(['/compare']);
	}

	get siteDir() {
		return join(this.cfg.dir, 'site');
	}

	private load(pages: string[]) {
		this.serve = sirv(this.siteDir, { dev: true, extensions: ['html'] });
		this.state = {
			...this.state,
			status: 'ready',
			url: `http://${this.cfg.host}:${this.cfg.port}`,
			pages
		};
	}

	/** Builds the preview for a county and report; a request during a build runs after it. */
	request(regionCode: string, reportId: string): void {
		this.pending = ['/compare', `/county/${regionCode}`, `/sources/${reportId}`];
		if (!this.running) void this.drain();
	}

	private async drain(): Promise<void> {
		this.running = true;
		while (this.pending) {
			const pages = this.pending;
			this.pending = null;
			this.state = { ...this.state, status: 'building', error: null };
			const started = performance.now();
			const run = await exclusive(() =>
				siteBuild({
					root: this.cfg.root,
					dataOut: this.cfg.dataOut,
					sourcesDir: this.cfg.sourcesDir,
					siteOut: this.siteDir,
					assetsDir: join(this.cfg.dir, 'assets'),
					pages
				})
			);
			const ms = Math.round(performance.now() - started);
			if (run.code === 0) {
				this.load(pages);
				this.state.ms = ms;
			} else this.state = { ...this.state, status: 'failed', ms, error: run.tail.slice(-2000) };
		}
		this.running = false;
	}

	listen(): Promise<Server> {
		const server = createServer((req, res) => {
			const refused = checkHost(req.headers.host, this.cfg.port);
			if (refused || (req.method !== 'GET' && req.method !== 'HEAD')) {
				res.writeHead(refused?.status ?? 405, { 'content-type': 'text/plain; charset=utf-8' });
				res.end(refused ? `${refused.message.zh}\n${refused.message.en}` : 'read only');
				return;
			}
			if (req.url === '/' && this.state.pages.length) {
				res.writeHead(302, { location: this.state.pages[0] });
				res.end();
				return;
			}
			const notFound = () => {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
				res.end('预览中没有这个页面（只构建了审核后变化的页面）/ Not in the preview');
			};
			if (this.serve) this.serve(req, res, notFound);
			else notFound();
		});
		return new Promise((done) => server.listen(this.cfg.port, this.cfg.host, () => done(server)));
	}
}
