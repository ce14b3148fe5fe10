/**
 * The queue and its items: drafts in the workspace and the records already in data/,
 * each with its checks, its region and its state (待审, 需处理, 已审, 已发布). Every save
 * is based on a version; a save based on an older one is refused as stale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationRecord } from '../../../src/lib/domain/schema.ts';
import { say } from '../../../src/lib/i18n/review-messages.ts';
import { describeDivision, divisions } from '../../lib/divisions.ts';
import type { ItemView, QueueEntry, RegionInfo } from '../shared/api.ts';
import { reportIdFor } from '../shared/record.ts';
import { checkItem, type CheckEnv } from './checks.ts';
import type { DataFolder } from './data-folder.ts';
import { checkVersion, Refused } from './guards.ts';
import { entriesFor } from './regions-yaml.ts';
import type { WorkItem, Workspace } from './workspace.ts';

const RECORD_PREFIX = 'r-';

export class Items {
	constructor(
		private ws: Workspace,
		private data: DataFolder,
		private siteOut: string
	) {}

	/** A workspace draft, or a record of data/ opened as one (version 0 until first saved). */
	open(id: string): WorkItem {
		const own = this.ws.item(id);
		if (own) return own;
		if (id.startsWith(RECORD_PREFIX)) {
			const reportId = id.slice(RECORD_PREFIX.length);
			const file = this.data.records().find((r) => r.id === reportId);
			if (file?.record) {
				const reviewed = file.record.status === 'reviewed';
				return {
					id,
					version: 0,
					upload: null,
					sourceFile: file.record.source.file,
					baseId: reportId,
					baseSha: file.sha,
					record: file.record,
					accepted: {
						facts: file.record.facts.map(() => reviewed),
						scores: file.record.scores.map(() => reviewed)
					},
					notes: [],
					updatedAt: ''
				};
			}
		}
		throw new Refused({ status: 404, message: say.notFound(id) });
	}

	async text(item: WorkItem): Promise<string> {
		return item.upload ? this.ws.uploadText(item.upload) : this.data.sourceText(item.sourceFile);
	}

	/** The regions verification sees: data/regions.yaml and what the curator confirmed. */
	regions() {
		const listed = this.data.regions();
		const all = divisions();
		const extra = this.ws
			.confirmedRegions()
			.flatMap((code) => entriesFor(code, listed, all) ?? [])
			.filter((r, i, list) => list.findIndex((x) => x.code === r.code) === i);
		return [...listed, ...extra];
	}

	region(code: string): RegionInfo | null {
		const all = divisions();
		const d = all.get(code);
		if (!d || d.level !== 'county') return null;
		const listed = this.data.regions();
		return {
			code,
			name: d.name,
			city: d.parent ? (all.get(d.parent)?.name ?? null) : null,
			listed: listed.some((r) => r.code === code),
			confirmed: this.ws.confirmedRegions().includes(code),
			entries: entriesFor(code, listed, all) ?? []
		};
	}

	env(item: WorkItem): CheckEnv {
		const records = this.data.records();
		const others = records
			.filter((r) => r.record?.status === 'reviewed' && r.id !== item.baseId)
			.map((r) => r.record!)
			.filter((r) => r.region_code === item.record.region_code);
		const source = this.data.sourcePath(item.sourceFile);
		const sourceTaken =
			item.upload !== null &&
			existsSync(source) &&
			!readFileSync(source).equals(this.ws.uploadBytes(item.upload));
		return {
			catalogue: this.data.catalogue(),
			regions: this.regions(),
			describeRegion: describeDivision,
			others,
			takenIds: new Set(records.map((r) => r.id).filter((id) => id !== item.baseId)),
			sourceTaken
		};
	}

	async view(id: string): Promise<ItemView> {
		const item = this.open(id);
		const text = await this.text(item);
		const upload = item.upload ? this.ws.upload(item.upload) : null;
		const reportId = item.baseId ?? item.record.report_id;
		return {
			id: item.id,
			version: item.version,
			base: item.baseSha,
			record: item.record,
			accepted: item.accepted,
			notes: item.notes,
			readerNotes: upload?.readerNotes ?? [],
			file: {
				name: upload?.name ?? item.sourceFile,
				sourceFile: item.sourceFile,
				format: upload?.format ?? item.sourceFile.split('.').pop() ?? ''
			},
			text,
			check: checkItem(item, text, this.env(item)),
			region: this.region(item.record.region_code),
			edited: item.baseId !== null && item.version > 0,
			reviewed: item.version === 0 && item.record.status === 'reviewed',
			history: this.ws.history(reportId)
		};
	}

	/**
	 * Refuses an action based on an old version: a draft's version, and for a record not
	 * yet edited (version 0), the sha256 of the record file the page opened (`base`).
	 */
	current(id: string, version: unknown, base: unknown): WorkItem {
		const item = this.open(id);
		const stale = checkVersion(item.version, version);
		if (stale) throw new Refused(stale);
		if (item.version === 0 && item.baseId && base !== item.baseSha) {
			throw new Refused({ status: 409, message: say.recordChanged(`${item.baseId}.yaml`) });
		}
		return item;
	}

	/** Saves an edit made on `version`; the record's id follows its region and year. */
	save(
		id: string,
		version: unknown,
		base: unknown,
		record: EvaluationRecord,
		accepted: WorkItem['accepted']
	) {
		const item = this.current(id, version, base);
		const next: WorkItem = {
			...item,
			version: item.version + 1,
			record: {
				...record,
				report_id: reportIdFor(record),
				source: { ...record.source, file: item.sourceFile }
			},
			accepted,
			updatedAt: new Date().toISOString()
		};
		this.ws.saveItem(next);
		return next;
	}

	confirmRegion(id: string, version: unknown, base: unknown, code: string): WorkItem {
		const info = this.region(code);
		if (!info) throw new Refused({ status: 400, message: say.regionUnknown(code) });
		const item = this.current(id, version, base);
		if (!info.listed) this.ws.confirmRegion(code);
		return this.save(id, version, base, { ...item.record, region_code: code }, item.accepted);
	}

	discard(id: string, version: unknown): void {
		const item = this.ws.item(id);
		if (!item) throw new Refused({ status: 404, message: say.notFound(id) });
		const stale = checkVersion(item.version, version);
		if (stale) throw new Refused(stale);
		this.ws.removeItem(id);
		if (item.upload) this.ws.pruneUpload(item.upload);
	}

	private published(): Record<string, string> {
		const path = join(this.siteOut, 'data', 'inputs.json');
		if (!existsSync(path)) return {};
		return (JSON.parse(readFileSync(path, 'utf8')) as { inputs: Record<string, string> }).inputs;
	}

	async queue(): Promise<QueueEntry[]> {
		const all = divisions();
		const entry = (item: WorkItem, state: QueueEntry['state'], blocking: number) => {
			const r = item.record;
			const d = all.get(r.region_code);
			return {
				id: item.id,
				reportId: r.report_id,
				regionCode: r.region_code,
				county: d?.name ?? null,
				city: d?.parent ? (all.get(d.parent)?.name ?? null) : null,
				year: r.year,
				kind: r.kind,
				reportType: r.report_type,
				projectName: r.project_name,
				file: item.upload ? this.ws.upload(item.upload).name : item.sourceFile,
				state,
				blocking,
				edited: item.baseId !== null && item.version > 0
			};
		};
		const out: QueueEntry[] = [];
		const drafts = this.ws.items();
		for (const item of drafts) {
			const check = checkItem(item, await this.text(item), this.env(item));
			out.push(entry(item, check.problems.length ? 'attention' : 'draft', check.blocking));
		}
		const published = this.published();
		for (const file of this.data.records()) {
			const id = RECORD_PREFIX + file.id;
			if (!file.record || drafts.some((d) => d.id === id)) continue;
			const item = this.open(id);
			if (file.record.status === 'draft') {
				const check = checkItem(item, await this.text(item), this.env(item));
				out.push(entry(item, check.problems.length ? 'attention' : 'draft', check.blocking));
			} else {
				const inBuild = published[`records/${file.id}.yaml`] === file.sha;
				out.push(entry(item, inBuild ? 'published' : 'reviewed', 0));
			}
		}
		const order = { attention: 0, draft: 1, reviewed: 2, published: 3 };
		return out.sort(
			(a, b) =>
				order[a.state] - order[b.state] ||
				a.regionCode.localeCompare(b.regionCode) ||
				a.year - b.year ||
				a.reportId.localeCompare(b.reportId)
		);
	}
}
