/**
 * `npm run review` on a temporary copy of data/, every output in the same temporary
 * folder, on free loopback ports: for the benchmark and the README's screenshot, which
 * must never write the repository's data/, static/data/ or build/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

const freePort = () =>
	new Promise<number>((done) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => done(port));
		});
	});

export interface Sandbox {
	url: string;
	dir: string;
	data: string;
	/** From starting the server to its address printed (the page is built first when stale). */
	startMs: number;
	stop(): void;
}

/** `prepare` may change the copy of data/ before the workbench starts on it. */
export async function startSandbox(prepare: (data: string) => void = () => {}): Promise<Sandbox> {
	const dir = mkdtempSync(join(tmpdir(), 'yardstick-review-'));
	const data = join(dir, 'data');
	cpSync(join(ROOT, 'data'), data, { recursive: true });
	prepare(data);
	const port = await freePort();
	const started = performance.now();
	const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/review.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
		env: {
			...process.env,
			PORT: String(port),
			PREVIEW_PORT: String(await freePort()),
			YARDSTICK_REVIEW_DATA: data,
			YARDSTICK_REVIEW_WORK: join(dir, 'work'),
			YARDSTICK_REVIEW_DATA_OUT: join(dir, 'static-data'),
			YARDSTICK_REVIEW_SITE_OUT: join(dir, 'build')
		}
	});
	await new Promise<void>((done, fail) => {
		server.stdout.on('data', (b: Buffer) => b.toString().includes('http://') && done());
		server.on('exit', (code) => fail(new Error(`the workbench exited (${code})`)));
	});
	return {
		url: `http://127.0.0.1:${port}`,
		dir,
		data,
		startMs: performance.now() - started,
		stop() {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
