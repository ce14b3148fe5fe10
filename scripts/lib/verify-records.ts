/**
 * Reads and verifies every record of a data folder on worker threads (verify-thread.ts),
 * one per core, and hands the outcomes back in file order, so problems are reported in
 * the same order and the tables are built from the records in the same order as when one
 * thread did it all. Batches are sent a few at a time and their outcomes consumed as soon
 * as their turn comes: the parent never holds more than a few batches it cannot use yet.
 */
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { basisDepartures } from '../../src/lib/domain/basis.ts';
import { catalogueIndex, type VerifiedRecord } from '../../src/lib/domain/verify.ts';
import { noRecords, recordNames, sha256, type FileProblem, type Inputs } from './load.ts';
import type { SourceTexts } from './source-text.ts';
import { inputsKey, pruneEntries, verifyCacheDir, verifyCodeHash } from './verify-cache.ts';
import { createVerifier, type RecordOutcome, type VerifierInit } from './verify-thread.ts';

const BATCH = 64;
/** Batches handed out ahead of the first one still awaited, per thread. */
const AHEAD = 4;

export interface Outcome {
	file: string;
	hash: string;
	problem?: RecordOutcome['problem'];
	/** Undefined when the record was only read (no catalogue to verify it against). */
	result?: { verified: VerifiedRecord | null; problems: { path: string; message: string }[] };
}

function decode(o: RecordOutcome): Outcome {
	const result = o.result && (deserialize(o.result) as Outcome['result']);
	return { file: o.file, hash: o.hash, problem: o.problem, result };
}

export interface PoolOptions {
	/**
	 * 0 (the default) verifies on this thread. On 2 cores, threads measured slower at nation
	 * scale (each starts its own TypeScript loader; twice the CPU, no shorter wall time), and
	 * a rebuild answers most records from the cache on this thread in less.
	 */
	threads?: number;
	/** Records per message to a thread. */
	batch?: number;
}

/** Calls `onOutcome` for every record file, in file order. */
export async function verifyRecords(
	init: VerifierInit,
	onOutcome: (o: Outcome) => void,
	{ threads, batch = BATCH }: PoolOptions = {}
): Promise<void> {
	const names = recordNames(init.dataDir);
	const batches: string[][] = [];
	for (let i = 0; i < names.length; i += batch) batches.push(names.slice(i, i + batch));
	const n = Math.min(threads ?? 0, batches.length);
	const used = new Set<string>();
	const take = (outcomes: RecordOutcome[]) => {
		for (const o of outcomes) {
			if (o.key) used.add(o.key);
			onOutcome(decode(o));
		}
	};
	if (n === 0) {
		const verify = createVerifier(init);
		for (const batch of batches) take(batch.map(verify));
	} else await onThreads(n, init, batches, take);
	if (init.cacheDir && init.catalogue) pruneEntries(init.cacheDir, init.dataDir, used);
}

async function onThreads(
	n: number,
	init: VerifierInit,
	batches: string[][],
	take: (outcomes: RecordOutcome[]) => void
): Promise<void> {
	const workers = Array.from(
		{ length: n },
		() => new Worker(new URL('./verify-worker.js', import.meta.url))
	);
	try {
		await new Promise<void>((done, fail) => {
			const ready = new Map<number, RecordOutcome[]>();
			const idle: Worker[] = [];
			let sent = 0;
			let taken = 0;
			const pump = () => {
				while (idle.length && sent < batches.length && sent < taken + AHEAD * n)
					idle.pop()!.postMessage({ batch: sent, names: batches[sent++] });
				if (taken === batches.length) done();
			};
			for (const worker of workers) {
				worker.on('error', fail);
				worker.on('exit', (code) => {
					if (taken < batches.length) fail(new Error(`a verification thread exited (${code})`));
				});
				worker.on('message', (m: { batch: number; outcomes: RecordOutcome[] }) => {
					ready.set(m.batch, m.outcomes);
					idle.push(worker);
					try {
						for (let next; (next = ready.get(taken)); taken++) {
							ready.delete(taken);
							take(next);
						}
					} catch (e) {
						fail(e);
						return;
					}
					pump();
				});
				worker.postMessage({ init });
				idle.push(worker);
			}
			pump();
		});
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}

export interface Verification {
	verified: VerifiedRecord[];
	/** Draft records, verified but not published. */
	drafts: string[];
	problems: FileProblem[];
	/** Reviewed facts on another basis than their metric's, without a note: warned, not fatal. */
	basisWarnings: FileProblem[];
}

/**
 * Reads and verifies the records of `inputs` (loaded without them): their hashes and read
 * problems go into `inputs`, as loadInputs would put them.
 */
export async function verifyInputs(
	inputs: Inputs,
	opts: PoolOptions & {
		dataDir: string;
		/** From readSourceTexts: the verbatim texts need not be in it. */
		sources: SourceTexts;
		/** verifyCodeHash() unless given (tests). */
		codeHash?: string;
	}
): Promise<Verification> {
	const textHashes = new Map<string, string>();
	const derived = new Map<string, string>();
	for (const [name, hash] of opts.sources.hashes) {
		const text = opts.sources.texts.get(name);
		if (opts.sources.verbatim.has(name)) textHashes.set(name, hash);
		else if (text !== undefined) {
			derived.set(name, text);
			textHashes.set(name, sha256(text));
		}
	}
	const out: Verification = { verified: [], drafts: [], problems: [], basisWarnings: [] };
	const metrics = inputs.catalogue && catalogueIndex(inputs.catalogue);
	let found = 0;
	const init: VerifierInit = {
		dataDir: opts.dataDir,
		catalogue: inputs.catalogue,
		regions: inputs.regions,
		textHashes,
		derived,
		inputs: inputsKey(
			inputs.hashes['regions.yaml'] ?? '',
			inputs.hashes['metrics.yaml'] ?? '',
			opts.codeHash ?? verifyCodeHash()
		),
		cacheDir: verifyCacheDir(opts.dataDir)
	};
	await verifyRecords(
		init,
		({ file, hash, problem, result }) => {
			inputs.hashes[file] = hash;
			if (problem) return void inputs.problems.push(problem);
			found++;
			if (!result || !metrics) return;
			out.problems.push(...result.problems.map((p) => ({ file, ...p })));
			if (!result.verified) return;
			if (result.verified.record.status === 'draft') return void out.drafts.push(file);
			out.verified.push(result.verified);
			for (const d of basisDepartures(result.verified.record, metrics))
				out.basisWarnings.push({
					file,
					path: `${d.path} (${d.metric}, ${d.year})`,
					message: d.message
				});
		},
		opts
	);
	noRecords(found, inputs);
	return out;
}
