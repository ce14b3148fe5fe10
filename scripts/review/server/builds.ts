/**
 * The builds the workbench runs, as the project's own commands run them: the data build
 * (scripts/build-data.ts) and the site build (vite build, with YARDSTICK_* pointing it at
 * other data and another output, as the benchmark does). One build at a time: two vite
 * builds would share .svelte-kit/. A site build goes into a fresh folder that replaces
 * the old one only when it succeeded.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishDir } from '../../lib/publish.ts';

export interface Run {
	code: number | null;
	/** The last lines of its output (stdout and stderr), for an error message. */
	tail: string;
}

export function runNode(
	root: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	onLine: (line: string) => void = () => {}
): Promise<Run> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const lines: string[] = [];
		let partial = '';
		const take = (chunk: Buffer) => {
			const parts = (partial + chunk.toString()).split('\n');
			partial = parts.pop() ?? '';
			for (const line of parts) {
				lines.push(line);
				if (lines.length > 60) lines.shift();
				onLine(line);
			}
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', fail);
		child.on('close', (code) => {
			if (partial) {
				lines.push(partial);
				onLine(partial);
			}
			done({ code, tail: lines.join('\n').trim() });
		});
	});
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` after every build queued before it. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
	const next = chain.then(task);
	chain = next.catch(() => undefined);
	return next;
}

export function dataBuild(
	root: string,
	dataDir: string,
	outDir: string,
	onLine?: (line: string) => void
): Promise<Run> {
	const args = ['--import', 'tsx', 'scripts/build-data.ts', '--data', dataDir, '--out', outDir];
	return runNode(root, args, process.env, onLine);
}

export interface SiteBuild {
	root: string;
	/** The data build's output the site is built from, and the sources it quotes. */
	dataOut: string;
	sourcesDir: string;
	siteOut: string;
	/** A folder the static assets are gathered in, when the data is not static/data. */
	assetsDir: string;
	/** Only these pages (no crawl), without .br/.gz copies: a local preview. Every page when absent. */
	pages?: string[];
	onLine?: (line: string) => void;
}

/** The site over `dataOut`, into `siteOut`, replacing it only on success. */
export async function siteBuild(b: SiteBuild): Promise<Run> {
	const ownStatic = resolve(b.dataOut) === resolve(b.root, 'static', 'data');
	if (!ownStatic) {
		rmSync(b.assetsDir, { recursive: true, force: true });
		mkdirSync(b.assetsDir, { recursive: true });
		for (const name of readdirSync(join(b.root, 'static')))
			if (name !== 'data')
				cpSync(join(b.root, 'static', name), join(b.assetsDir, name), { recursive: true });
		cpSync(b.dataOut, join(b.assetsDir, 'data'), { recursive: true });
	}
	let run: Run = { code: null, tail: '' };
	await publishDir(b.siteOut, async (staging) => {
		const env = {
			...process.env,
			YARDSTICK_DATA_DIR: ownStatic ? b.dataOut : join(b.assetsDir, 'data'),
			YARDSTICK_SOURCES_DIR: b.sourcesDir,
			YARDSTICK_SITE_OUT: staging,
			// The pages staging replaces: those whose inputs did not change are kept from there.
			YARDSTICK_SITE_LAST: b.siteOut,
			...(ownStatic ? {} : { YARDSTICK_ASSETS: b.assetsDir }),
			...(b.pages ? { YARDSTICK_PRERENDER: b.pages.join(','), YARDSTICK_PRECOMPRESS: 'off' } : {})
		};
		const vite = join(b.root, 'node_modules', 'vite', 'bin', 'vite.js');
		run = await runNode(b.root, [vite, 'build'], env, b.onLine);
		if (run.code !== 0) throw new Error(run.tail.slice(-4000));
	}).catch((e: Error) => {
		run = { code: run.code ?? 1, tail: run.tail || e.message };
	});
	if (!ownStatic) rmSync(b.assetsDir, { recursive: true, force: true });
	return run;
}
