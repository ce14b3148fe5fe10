/**
 * A dropped file → drafts in the queue, or a clear refusal. The file is read by the same
 * reader as `npm run extract` and the data build (readSource), drafted by the same
 * extractor (extractReports), which splits a file holding several reports. Nothing is
 * written for a refused file; what was refused and why stays listed in the inbox.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { say } from '../../../src/lib/i18n/review-messages.ts';
import { divisions } from '../../lib/divisions.ts';
import type { OldOfficeFormat } from '../../lib/office-text.ts';
import { readSource } from '../../lib/source-text.ts';
import type { Rejected } from '../shared/api.ts';
import { sha256, type DataFolder } from './data-folder.ts';
import { checkFileName, checkSize, Refused, type Refusal } from './guards.ts';
import type { Items } from './items.ts';
import type { Workspace } from './workspace.ts';

export interface Received {
	ids: string[];
	/** Said when nothing new was queued (the same file again). */
	note: Rejected['message'] | null;
}

export class Inbox {
	/** Files refused since the server started, newest first. */
	readonly rejected: Rejected[] = [];

	constructor(
		private ws: Workspace,
		private data: DataFolder,
		private items: Items,
		readonly maxBytes: number
	) {}

	/** Lists a refused file with its reason, and returns the refusal to answer with. */
	refusal(name: string, refusal: Refusal): Refused {
		this.rejected.unshift({ name, message: refusal.message });
		this.rejected.splice(50);
		return new Refused(refusal);
	}

	refuse(name: string, refusal: Refusal): never {
		throw this.refusal(name, refusal);
	}

	/** A source under data/sources/ with exactly these bytes, if there is one. */
	private sameSource(bytes: Uint8Array): string | null {
		const dir = join(this.data.dir, 'sources');
		if (!existsSync(dir)) return null;
		for (const f of readdirSync(dir)) {
			const path = join(dir, f);
			if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return f;
		}
		return null;
	}

	/** Its name under data/sources/: as uploaded, unless another file already has that name. */
	private sourceName(name: string, sha: string): string {
		const taken = (n: string) =>
			existsSync(this.data.sourcePath(n)) ||
			this.ws.items().some((i) => i.sourceFile === n && i.upload !== sha);
		if (!taken(name)) return name;
		const ext = extname(name);
		return `${name.slice(0, name.length - ext.length)}-${sha.slice(0, 8)}${ext}`;
	}

	async receive(name: string, bytes: Uint8Array): Promise<Received> {
		const bad = checkFileName(name) ?? checkSize(name, bytes.length, this.maxBytes);
		if (bad) this.refuse(name, bad);
		if (bytes.length === 0) this.refuse(name, { status: 400, message: say.empty(name) });
		const sha = sha256(bytes);
		if (this.ws.hasUpload(sha)) {
			const ids = this.ws
				.items()
				.filter((i) => i.upload === sha)
				.map((i) => i.id);
			return { ids, note: say.alreadyQueued(name) };
		}
		const existing = this.sameSource(bytes);
		if (existing) {
			const ids = this.data
				.records()
				.filter((r) => r.record?.source.file === existing)
				.map((r) => `r-${r.id}`);
			return { ids, note: say.alreadyReviewed(name, existing) };
		}

		const sourceFile = this.sourceName(name, sha);
		let read;
		try {
			read = await readSource(sourceFile, bytes);
		} catch (e) {
			// By name: the reader (and its Office libraries) is loaded only when a file needs it.
			if (e instanceof Error && e.name === 'OldOfficeFormat')
				this.refuse(name, {
					status: 422,
					message: say.oldOffice(name, (e as OldOfficeFormat).format)
				});
			this.refuse(name, { status: 422, message: say.unreadable(name, (e as Error).message) });
		}
		const ctx = {
			catalogue: this.data.catalogue(),
			regions: this.items.regions(),
			divisions: [...divisions().values()],
			fallbackYear: new Date().getFullYear() - 1
		};
		const result = extractReports(read.text, sourceFile, ctx);
		if (result.notReport !== null) {
			this.refuse(name, { status: 422, message: say.notReport(name, result.notReport) });
		}

		this.ws.saveUpload(
			{
				sha256: sha,
				name,
				sourceFile,
				format: read.format,
				readerNotes: read.notes,
				bytes: bytes.length,
				uploadedAt: new Date().toISOString()
			},
			bytes,
			read.text
		);
		const ids = result.drafts.map((d, n) => {
			const id = `d-${sha.slice(0, 12)}-${n + 1}`;
			this.ws.saveItem({
				id,
				version: 1,
				upload: sha,
				sourceFile,
				baseId: null,
				baseSha: null,
				record: d.record,
				accepted: {
					facts: d.record.facts.map(() => false),
					scores: d.record.scores.map(() => false)
				},
				notes: [...d.notes, ...d.dropped.map((p) => `dropped: ${p.path}: ${p.message}`)],
				updatedAt: new Date().toISOString()
			});
			return id;
		});
		return { ids, note: null };
	}
}
