/**
 * Reads everything under data/ that a person edits: regions, the metric catalogue,
 * the source reports and the records. Parse errors become problems with the file name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
	catalogueSchema,
	regionsFileSchema,
	type Catalogue,
	type Region
} from '../../src/lib/domain/schema.ts';
import { zodProblems, type Problem } from '../../src/lib/domain/verify.ts';
import { cachedParse, storeParse } from './parse-cache.ts';
import { sourceNames, type SourceTexts } from './source-text.ts';

export interface FileProblem extends Problem {
	file: string;
}

export interface RawRecord {
	file: string;
	name: string;
	data: unknown;
}

export interface Inputs {
	regions: Region[];
	/** regions.yaml says `synthetic: true`: invented benchmark regions (scripts/lib/synthetic.ts). */
	synthetic: boolean;
	catalogue: Catalogue | null;
	sources: Map<string, string>;
	records: RawRecord[];
	/** sha256 of every input file, by path relative to the data folder. */
	hashes: Record<string, string>;
	problems: FileProblem[];
}

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * A structured file's content from its bytes (hashed by the caller): the parsed mapping,
 * or the problem that stops it. YAML comes from the parse cache when it was parsed before.
 */
export function parseStructured(
	bytes: Buffer,
	hash: string,
	rel: string
): { data: unknown; problem?: undefined } | { data?: undefined; problem: FileProblem } {
	const yaml = !rel.endsWith('.json');
	const cached = yaml ? cachedParse(hash) : undefined;
	if (cached !== undefined) return { data: cached };
	const text = bytes.toString('utf8');
	if (!text.trim()) return { problem: { file: rel, path: '(file)', message: 'file is empty' } };
	try {
		const data = yaml ? parseYaml(text, { prettyErrors: true }) : JSON.parse(text);
		if (data === null || typeof data !== 'object' || Array.isArray(data))
			return {
				problem: {
					file: rel,
					path: '(file)',
					message: 'must hold a mapping (key: value) at the top level'
				}
			};
		if (yaml) storeParse(hash, data);
		return { data };
	} catch (e) {
		const what = yaml ? 'malformed YAML' : 'malformed JSON';
		return {
			problem: {
				file: rel,
				path: '(file)',
				message: `${what}: ${(e as Error).message.split('\n')[0]}`
			}
		};
	}
}

function readStructured(path: string, rel: string, inputs: Inputs): unknown {
	const bytes = readFileSync(path);
	const hash = sha256(bytes);
	inputs.hashes[rel] = hash;
	const { data, problem } = parseStructured(bytes, hash, rel);
	if (problem) inputs.problems.push(problem);
	return data;
}

/** The record files of a data folder, in the order they are read and reported. */
export function recordNames(dataDir: string): string[] {
	const dir = join(dataDir, 'records');
	return existsSync(dir)
		? readdirSync(dir)
				.sort()
				.filter((name) => /\.(ya?ml|json)$/.test(name))
		: [];
}

/** The problem when no record could be read, and none of them said why. */
export function noRecords(found: number, inputs: Inputs): void {
	if (found === 0 && !inputs.problems.some((p) => p.file.startsWith('records/')))
		inputs.problems.push({ file: 'records/', path: '(folder)', message: 'no records found' });
}

/**
 * Reads data/. With `onRecord`, each record is handed over as it is read (after regions,
 * catalogue and sources, which it may need) and not kept in `records`; with null, the
 * records are left to the caller (verify-records.ts reads them on worker threads).
 * `sources` are the texts readSourceTexts derived (PDF and other non-text reports);
 * without them every source is read as UTF-8 text.
 */
export function loadInputs(
	dataDir: string,
	onRecord?: ((record: RawRecord, loaded: Inputs) => void) | null,
	sources?: SourceTexts
): Inputs {
	const inputs: Inputs = {
		regions: [],
		synthetic: false,
		catalogue: null,
		sources: new Map(),
		records: [],
		hashes: {},
		problems: []
	};
	const need = (rel: string) => {
		const ok = existsSync(join(dataDir, rel));
		if (!ok) inputs.problems.push({ file: rel, path: '(file)', message: 'file is missing' });
		return ok;
	};

	if (need('regions.yaml')) {
		const raw = readStructured(join(dataDir, 'regions.yaml'), 'regions.yaml', inputs);
		if (raw !== undefined) {
			const r = regionsFileSchema.safeParse(raw);
			if (r.success) {
				inputs.regions = r.data.regions;
				inputs.synthetic = r.data.synthetic === true;
			} else
				inputs.problems.push(...zodProblems(r.error).map((p) => ({ file: 'regions.yaml', ...p })));
		}
	}
	if (need('metrics.yaml')) {
		const raw = readStructured(join(dataDir, 'metrics.yaml'), 'metrics.yaml', inputs);
		if (raw !== undefined) {
			const c = catalogueSchema.safeParse(raw);
			if (c.success) inputs.catalogue = c.data;
			else
				inputs.problems.push(...zodProblems(c.error).map((p) => ({ file: 'metrics.yaml', ...p })));
		}
	}
	const sourceDir = join(dataDir, 'sources');
	if (sources) {
		for (const [name, hash] of sources.hashes) inputs.hashes[`sources/${name}`] = hash;
		inputs.sources = sources.texts;
		inputs.problems.push(...sources.problems);
	} else {
		for (const name of sourceNames(sourceDir)) {
			const bytes = readFileSync(join(sourceDir, name));
			inputs.hashes[`sources/${name}`] = sha256(bytes);
			inputs.sources.set(name, bytes.toString('utf8'));
		}
	}
	if (onRecord === null) return inputs;
	let found = 0;
	for (const name of recordNames(dataDir)) {
		const rel = `records/${name}`;
		const data = readStructured(join(dataDir, 'records', name), rel, inputs);
		if (data === undefined) continue;
		found++;
		if (onRecord) onRecord({ file: rel, name, data }, inputs);
		else inputs.records.push({ file: rel, name, data });
	}
	noRecords(found, inputs);
	return inputs;
}
