/**
 * Helpers for running `scripts/build-data.ts` on temporary copies of data/: each test
 * gets its own folder, so tests can break inputs freely and run concurrently.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type Document } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every temp folder made here, for the caller's afterAll to remove. */
export const made: string[] = [];

export function tempDir(prefix = 'yardstick-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** A fresh copy of the project's data/ folder (or of `from`). */
export function copyData(from = join(ROOT, 'data')): string {
	const dir = join(tempDir(), 'data');
	cpSync(from, dir, { recursive: true });
	return dir;
}

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * `tsx scripts/build-data.ts …` as `npm run data` runs it. Node loads tsx with --import
 * rather than through npx: the same loader, without npm's and tsx's extra process each
 * time (a third of the CPU of a failing run), which keeps the suite fast.
 */
export function build(dataDir: string, outDir: string, ...extra: string[]): Promise<Run> {
	const args = ['--import', 'tsx', 'scripts/build-data.ts', '--data', dataDir, '--out', outDir];
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [...args, ...extra], {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
		child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

/** sha256 of every file under `dir` (recursively), by relative path; {} when missing. */
export function hashTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	if (!existsSync(dir)) return out;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return out;
}

/** Edits a YAML record in place through the yaml Document API (keeps the rest as written). */
export function editRecord(dataDir: string, name: string, edit: (doc: Document) => void): void {
	const path = join(dataDir, 'records', name);
	const doc = parseDocument(readFileSync(path, 'utf8'));
	edit(doc);
	writeFileSync(path, doc.toString());
}

interface FactLike {
	metric: string;
	year: number;
	value: number;
	figure: string;
}

/** The index of the first fact in a record that matches, so tests survive edits to data/. */
export function factIndex(
	dataDir: string,
	name: string,
	match: Partial<FactLike> & Pick<FactLike, 'metric'>
): number {
	const doc = parseDocument(readFileSync(join(dataDir, 'records', name), 'utf8'));
	const facts = (doc.toJS() as { facts: FactLike[] }).facts;
	const i = facts.findIndex((f) =>
		Object.entries(match).every(([k, v]) => f[k as keyof FactLike] === v)
	);
	if (i < 0) throw new Error(`no fact like ${JSON.stringify(match)} in ${name}`);
	return i;
}

export function arrayBufferOf(path: string): ArrayBuffer {
	const b = readFileSync(path);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
