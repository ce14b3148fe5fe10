/**
 * The data/ folder as the workbench reads it: the catalogue, the regions, the reviewed
 * records and their sources' text (derived exactly as the data build derives it).
 * Parsed files are remembered until they change on disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
	catalogueSchema,
	recordSchema,
	regionsFileSchema,
	type Catalogue,
	type EvaluationRecord,
	type Region
} from '../../../src/lib/domain/schema.ts';
import { sourceText } from '../../lib/source-text.ts';

export const sha256 = (bytes: Uint8Array | string) =>
	createHash('sha256').update(bytes).digest('hex');

export interface RecordFile {
	id: string;
	sha: string;
	/** Null when the file does not parse as a record (the data build names the problem). */
	record: EvaluationRecord | null;
}

export class DataFolder {
	private memo = new Map<string, { stamp: string; value: unknown }>();
	private texts = new Map<string, string>();

	constructor(readonly dir: string) {}

	recordPath = (id: string) => join(this.dir, 'records', `${id}.yaml`);
	sourcePath = (file: string) => join(this.dir, 'sources', file);
	regionsPath = () => join(this.dir, 'regions.yaml');

	private cached<T>(path: string, read: () => T): T {
		const stat = statSync(path);
		const stamp = `${stat.mtimeMs}:${stat.size}`;
		const hit = this.memo.get(path);
		if (hit && hit.stamp === stamp) return hit.value as T;
		const value = read();
		this.memo.set(path, { stamp, value });
		return value;
	}

	catalogue(): Catalogue {
		const path = join(this.dir, 'metrics.yaml');
		return this.cached(path, () => catalogueSchema.parse(parseYaml(readFileSync(path, 'utf8'))));
	}

	regions(): Region[] {
		const path = this.regionsPath();
		return this.cached(
			path,
			() => regionsFileSchema.parse(parseYaml(readFileSync(path, 'utf8'))).regions
		);
	}

	records(): RecordFile[] {
		const dir = join(this.dir, 'records');
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((f) => /\.ya?ml$/.test(f))
			.sort()
			.map((f) => {
				const path = join(dir, f);
				return this.cached(path, () => {
					const bytes = readFileSync(path);
					const parsed = recordSchema.safeParse(parseYaml(bytes.toString('utf8')));
					return {
						id: f.replace(/\.ya?ml$/, ''),
						sha: sha256(bytes),
						record: parsed.success ? parsed.data : null
					};
				});
			});
	}

	recordSha(id: string): string | null {
		const path = this.recordPath(id);
		return existsSync(path) ? sha256(readFileSync(path)) : null;
	}

	/** The text the build verifies quotes against, for a file under sources/. */
	async sourceText(file: string): Promise<string> {
		const bytes = readFileSync(this.sourcePath(file));
		const key = `${file}:${sha256(bytes)}`;
		let text = this.texts.get(key);
		if (text === undefined) {
			text = await sourceText(file, bytes);
			this.texts.set(key, text);
		}
		return text;
	}
}
