/**
 * Verification results by content, so a rebuild where one report changed verifies only
 * that one. An entry's key is the hash of the record file's name and bytes, of the inputs
 * every record is checked against (regions.yaml, metrics.yaml) and of the code that checks
 * (verify.ts and every file it imports, this reader, package-lock.json, Node's version).
 * The source text a record quotes is known only once it is parsed, so the entry names it
 * with its hash and counts only while that hash is still the source's: a hit is exactly
 * what verifying would give. One folder per data folder, pruned to what its last build used.
 * YARDSTICK_CACHE_DIR moves it (under verify/), YARDSTICK_CACHE=off turns it off.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the checking starts; the files they import are followed from here. */
const ENTRY_POINTS = [
	'src/lib/domain/verify.ts',
	'scripts/lib/verify-thread.ts',
	'scripts/lib/divisions.ts'
];

const sha256 = (...parts: (string | Buffer)[]) => {
	const h = createHash('sha256');
	for (const p of parts) h.update(p).update('\0');
	return h.digest('hex');
};

/** The entry points and every file they import, by relative path, sorted. */
export function verifyCodeFiles(root = ROOT, entries = ENTRY_POINTS): string[] {
	const seen = new Set<string>();
	const todo = entries.map((e) => resolve(root, e));
	while (todo.length) {
		const file = todo.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.[jt]s)['"]/g))
			todo.push(resolve(dirname(file), m[1]!));
	}
	return [...seen].map((f) => relative(root, f)).sort();
}

/** The hash of the verification code: verifyCodeFiles() and the lockfile. */
export function verifyCodeHash(root = ROOT, entries = ENTRY_POINTS): string {
	const h = createHash('sha256');
	for (const f of [...verifyCodeFiles(root, entries), 'package-lock.json'])
		h.update(f)
			.update('\0')
			.update(readFileSync(join(root, f)))
			.update('\0');
	// The entries are serialized by node:v8, whose format may change with Node.
	return h.update(process.version).digest('hex');
}

/** The folder of one data folder's entries; null when caching is off. */
export function verifyCacheDir(dataDir: string): string | null {
	if (process.env.YARDSTICK_CACHE === 'off') return null;
	const base = process.env.YARDSTICK_CACHE_DIR
		? join(process.env.YARDSTICK_CACHE_DIR, 'verify')
		: join(ROOT, 'node_modules/.cache/yardstick-verify');
	return join(base, sha256(resolve(dataDir)).slice(0, 16));
}

/** What one record's verification depends on, besides its source text. */
export interface EntryKey {
	name: string;
	recordHash: string;
	/** regions.yaml's and metrics.yaml's hashes with the code's (inputsKey). */
	inputs: string;
}

export const inputsKey = (regions: string, metrics: string, code: string) =>
	sha256(regions, metrics, code);

export const entryKey = (k: EntryKey) => sha256(k.name, k.recordHash, k.inputs);

/** The source a record quotes (null: it names none) and that text's hash (null: absent). */
export interface SourceDependency {
	source: string | null;
	sourceHash: string | null;
}

export interface Entry extends SourceDependency {
	/** The verification result, serialized (node:v8). */
	result: Uint8Array;
}

const entryFile = (dir: string, key: string) => join(dir, `${key}.v1`);

/** The entry under `key` if it is still valid for `textHash` (a source name -> its text's hash). */
export function readEntry(
	dir: string,
	key: string,
	textHash: (source: string) => string | null
): Uint8Array | undefined {
	let bytes: Buffer;
	try {
		bytes = readFileSync(entryFile(dir, key));
	} catch {
		return undefined;
	}
	const line = bytes.indexOf(10);
	if (line < 0) return undefined;
	const dep = JSON.parse(bytes.toString('utf8', 0, line)) as SourceDependency;
	if (dep.source !== null && textHash(dep.source) !== dep.sourceHash) return undefined;
	return bytes.subarray(line + 1);
}

/** Writes an entry atomically (a reader never sees half of one). */
export function writeEntry(dir: string, key: string, entry: Entry): void {
	mkdirSync(dir, { recursive: true });
	const file = entryFile(dir, key);
	const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const dep: SourceDependency = { source: entry.source, sourceHash: entry.sourceHash };
	writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(dep)}\n`), entry.result]));
	renameSync(tmp, file);
}

/**
 * Keeps only the entries this build used, and drops the folders of data folders that no
 * longer exist (each test's temporary copy of data/ leaves one).
 */
export function pruneEntries(dir: string, dataDir: string, used: Set<string>): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'data-dir'), resolve(dataDir));
	const keep = new Set([...used].map((k) => `${k}.v1`));
	for (const name of readdirSync(dir))
		if (name !== 'data-dir' && !keep.has(name)) rmSync(join(dir, name), { force: true });
	const base = dirname(dir);
	for (const other of readdirSync(base)) {
		const path = join(base, other);
		if (path === dir) continue;
		let owner: string;
		try {
			owner = readFileSync(join(path, 'data-dir'), 'utf8');
		} catch {
			continue;
		}
		if (!existsSync(owner)) rmSync(path, { recursive: true, force: true });
	}
}
