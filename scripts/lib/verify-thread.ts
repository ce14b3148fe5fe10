/**
 * Reads and verifies records, on a worker thread (verify-worker.js) or inline: each file is
 * hashed, looked up in the verification cache (verify-cache.ts), and only on a miss parsed
 * and verified. A record's parse is dropped as soon as it is verified; what goes back is its
 * hash and its result serialized, or the problem that stopped it being read. Serialized by
 * node:v8 rather than JSON: as fast to read back, and exact (-0, undefined).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Catalogue, Region } from '../../src/lib/domain/schema.ts';
import { catalogueIndex, verifyRecord, type VerifyContext } from '../../src/lib/domain/verify.ts';
import { describeDivision } from './divisions.ts';
import { parseStructured, sha256, type FileProblem } from './load.ts';
import { entryKey, readEntry, writeEntry, type SourceDependency } from './verify-cache.ts';

export interface VerifierInit {
	dataDir: string;
	/** null when metrics.yaml could not be read: records are then only read, not verified. */
	catalogue: Catalogue | null;
	regions: Region[];
	/** The hash of the text each readable source is verified against, by file name. */
	textHashes: Map<string, string>;
	/** Texts derived from PDFs and other non-text sources; the rest are read from their files. */
	derived: Map<string, string>;
	/** inputsKey(): regions, catalogue and verification code. */
	inputs: string;
	cacheDir: string | null;
}

export interface RecordOutcome {
	file: string;
	hash: string;
	problem?: FileProblem;
	/** The cache entry it was found in or written to. */
	key?: string;
	/** `{ verified, problems }` from verifyRecord, serialized (node:v8, lossless). */
	result?: Uint8Array;
}

/** Source texts read on demand: a worker holds one at a time, not every report's. */
class SourceFiles extends Map<string, string> {
	#last: [string, string] | null = null;
	constructor(private init: VerifierInit) {
		super();
	}
	override get(name: string): string | undefined {
		if (!this.init.textHashes.has(name)) return undefined;
		const derived = this.init.derived.get(name);
		if (derived !== undefined) return derived;
		if (this.#last?.[0] !== name)
			this.#last = [name, readFileSync(join(this.init.dataDir, 'sources', name), 'utf8')];
		return this.#last[1];
	}
}

function sourceOf(data: unknown): SourceDependency['source'] {
	const file = (data as { source?: { file?: unknown } }).source?.file;
	return typeof file === 'string' ? file : null;
}

export function createVerifier(init: VerifierInit): (name: string) => RecordOutcome {
	const ctx: VerifyContext | null = init.catalogue && {
		metrics: catalogueIndex(init.catalogue),
		regions: new Map(init.regions.map((r) => [r.code, r])),
		sources: new SourceFiles(init),
		describeRegion: describeDivision
	};
	const textHash = (source: string) => init.textHashes.get(source) ?? null;
	return (name) => {
		const file = `records/${name}`;
		const bytes = readFileSync(join(init.dataDir, 'records', name));
		const hash = sha256(bytes);
		const key = entryKey({ name, recordHash: hash, inputs: init.inputs });
		const hit = ctx && init.cacheDir ? readEntry(init.cacheDir, key, textHash) : undefined;
		if (hit !== undefined) return { file, hash, key, result: hit };
		const { data, problem } = parseStructured(bytes, hash, file);
		if (problem) return { file, hash, problem };
		if (!ctx) return { file, hash };
		const result = serialize(verifyRecord(data, name, ctx));
		if (init.cacheDir) {
			const source = sourceOf(data);
			writeEntry(init.cacheDir, key, {
				source,
				sourceHash: source === null ? null : textHash(source),
				result
			});
		}
		return { file, hash, key, result };
	};
}

/** On a worker thread: the first message sets it up, each later one is a batch of file names. */
export function serve(): void {
	let verify: ((name: string) => RecordOutcome) | null = null;
	parentPort!.on('message', (m: { init: VerifierInit } | { batch: number; names: string[] }) => {
		if ('init' in m) verify = createVerifier(m.init);
		else parentPort!.postMessage({ batch: m.batch, outcomes: m.names.map((n) => verify!(n)) });
	});
}
