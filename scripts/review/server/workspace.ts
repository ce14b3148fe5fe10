/**
 * Work in progress, kept outside data/ (in the workspace folder, .review/ by default,
 * git-ignored) until the curator marks a report reviewed: the uploaded files as they
 * came, the text read from each, one JSON file per draft report, the regions the curator
 * confirmed, and the previous versions of records saved over. Everything is a file, so
 * the queue survives a restart.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { EvaluationRecord } from '../../../src/lib/domain/schema.ts';
import type { HistoryEntry } from '../shared/api.ts';

export interface UploadMeta {
	sha256: string;
	/** The name it was uploaded with. */
	name: string;
	/** Its name under data/sources/ once a report from it is reviewed. */
	sourceFile: string;
	format: string;
	readerNotes: string[];
	bytes: number;
	uploadedAt: string;
}

export interface WorkItem {
	id: string;
	/** Raised by every save; a save based on another version is stale. */
	version: number;
	/** The upload it was drafted from; null when it edits a reviewed record. */
	upload: string | null;
	sourceFile: string;
	/** The reviewed record this edits, and its file's sha256 when it was opened. */
	baseId: string | null;
	baseSha: string | null;
	record: EvaluationRecord;
	/** Which figures the curator has confirmed, parallel to record.facts / record.scores. */
	accepted: { facts: boolean[]; scores: boolean[] };
	/** What the extractor asks the reviewer to settle about the report as a whole. */
	notes: string[];
	updatedAt: string;
}

function writeJson(path: string, value: unknown): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.tmp-${process.pid}`;
	writeFileSync(tmp, JSON.stringify(value, null, '\t') + '\n');
	renameSync(tmp, path);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export class Workspace {
	constructor(readonly dir: string) {
		mkdirSync(join(dir, 'uploads'), { recursive: true });
		mkdirSync(join(dir, 'items'), { recursive: true });
	}

	private uploadPath = (sha: string, ext: string) => join(this.dir, 'uploads', `${sha}.${ext}`);
	private itemPath = (id: string) => join(this.dir, 'items', `${id}.json`);

	hasUpload(sha: string): boolean {
		return existsSync(this.uploadPath(sha, 'json'));
	}

	saveUpload(meta: UploadMeta, bytes: Uint8Array, text: string): void {
		writeFileSync(this.uploadPath(meta.sha256, 'bin'), bytes);
		writeFileSync(this.uploadPath(meta.sha256, 'txt'), text);
		writeJson(this.uploadPath(meta.sha256, 'json'), meta);
	}

	upload(sha: string): UploadMeta {
		return readJson<UploadMeta>(this.uploadPath(sha, 'json'));
	}

	uploadBytes(sha: string): Buffer {
		return readFileSync(this.uploadPath(sha, 'bin'));
	}

	uploadText(sha: string): string {
		return readFileSync(this.uploadPath(sha, 'txt'), 'utf8');
	}

	/** Drops an upload once no draft refers to it any more. */
	pruneUpload(sha: string): void {
		if (this.items().some((i) => i.upload === sha)) return;
		for (const ext of ['bin', 'txt', 'json']) rmSync(this.uploadPath(sha, ext), { force: true });
	}

	items(): WorkItem[] {
		return readdirSync(join(this.dir, 'items'))
			.filter((f) => f.endsWith('.json'))
			.sort()
			.map((f) => readJson<WorkItem>(join(this.dir, 'items', f)));
	}

	item(id: string): WorkItem | null {
		const path = this.itemPath(id);
		return existsSync(path) ? readJson<WorkItem>(path) : null;
	}

	saveItem(item: WorkItem): void {
		writeJson(this.itemPath(item.id), item);
	}

	removeItem(id: string): void {
		rmSync(this.itemPath(id), { force: true });
	}

	confirmedRegions(): string[] {
		const path = join(this.dir, 'regions.json');
		return existsSync(path) ? readJson<{ confirmed: string[] }>(path).confirmed : [];
	}

	confirmRegion(code: string): void {
		const confirmed = new Set(this.confirmedRegions()).add(code);
		writeJson(join(this.dir, 'regions.json'), { confirmed: [...confirmed].sort() });
	}

	historyDir(reportId: string): string {
		return join(this.dir, 'history', reportId);
	}

	/** Keeps a reviewed record's bytes before they are replaced; returns where. */
	keepVersion(reportId: string, bytes: Buffer): string {
		const dir = this.historyDir(reportId);
		mkdirSync(dir, { recursive: true });
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const path = join(dir, `${stamp}.yaml`);
		writeFileSync(path, bytes);
		return path;
	}

	history(reportId: string): HistoryEntry[] {
		const dir = this.historyDir(reportId);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.reverse()
			.map((file) => ({ file, path: join(dir, file) }));
	}
}
