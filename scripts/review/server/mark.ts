/**
 * Marking a report reviewed: the checks once more, then in one atomic change the source
 * (its original bytes), the record, the region entries the curator confirmed, and the
 * removal of the record's old file when its id changed; then the data build. If the
 * build fails, the change is undone. A record saved over is kept first in the
 * workspace's history/, so the previous version can be restored.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EvaluationRecord } from '../../../src/lib/domain/schema.ts';
import { say } from '../../../src/lib/i18n/review-messages.ts';
import { divisions } from '../../lib/divisions.ts';
import { recordToYaml } from '../../lib/record-yaml.ts';
import type { MarkResult } from '../shared/api.ts';
import { applyChanges, type Change } from './atomic.ts';
import { findingsOf } from './built.ts';
import { dataBuild } from './builds.ts';
import { checkItem } from './checks.ts';
import type { DataFolder } from './data-folder.ts';
import { Refused } from './guards.ts';
import type { Items } from './items.ts';
import type { Preview } from './preview.ts';
import { editRecordYaml } from './record-edit.ts';
import { addRegions, entriesFor } from './regions-yaml.ts';
import type { WorkItem, Workspace } from './workspace.ts';

export interface MarkConfig {
	root: string;
	/** Where the data build for the preview writes. */
	previewData: string;
}

function reviewedRecord(record: EvaluationRecord): EvaluationRecord {
	const facts = record.facts.map((f) => {
		const out = { ...f };
		delete out.uncertain;
		return out;
	});
	return { ...record, status: 'reviewed', facts };
}

/** The record's file: the old file edited in place when it replaces one, else a new one. */
function recordText(item: WorkItem, record: EvaluationRecord, data: DataFolder, ws: Workspace) {
	const base = item.baseId ? data.records().find((r) => r.id === item.baseId) : undefined;
	if (base?.record?.status === 'reviewed') {
		return editRecordYaml(readFileSync(data.recordPath(base.id), 'utf8'), base.record, record);
	}
	const upload = item.upload ? ws.upload(item.upload) : null;
	return recordToYaml(record, [
		`Reviewed in the workbench (npm run review)${upload ? ` from ${upload.name} (${upload.format})` : ''}, lines ${record.source.lines.join('–')}.`,
		'Every figure was checked against its quote; npm run data verifies the quotes.'
	]);
}

export class Marker {
	constructor(
		private cfg: MarkConfig,
		private ws: Workspace,
		private data: DataFolder,
		private items: Items,
		private preview: Preview
	) {}

	async mark(id: string, version: unknown, base: unknown): Promise<MarkResult> {
		const started = performance.now();
		const item = this.items.current(id, version, base);
		if (item.baseId && this.data.recordSha(item.baseId) !== item.baseSha) {
			throw new Refused({ status: 409, message: say.recordChanged(`${item.baseId}.yaml`) });
		}
		const check = checkItem(item, await this.items.text(item), this.items.env(item));
		if (check.blocking > 0) {
			throw new Refused({ status: 422, message: say.cannotMark(check.blocking) });
		}

		const record = reviewedRecord(item.record);
		const changes: Change[] = [];
		const listed = this.data.regions();
		if (!listed.some((r) => r.code === record.region_code)) {
			const entries = entriesFor(record.region_code, listed, divisions()) ?? [];
			const path = this.data.regionsPath();
			changes.push({ path, bytes: addRegions(readFileSync(path, 'utf8'), entries) });
		}
		const sourcePath = this.data.sourcePath(item.sourceFile);
		if (item.upload && !existsSync(sourcePath)) {
			changes.push({ path: sourcePath, bytes: this.ws.uploadBytes(item.upload) });
		}
		const recordPath = this.data.recordPath(record.report_id);
		changes.push({ path: recordPath, bytes: recordText(item, record, this.data, this.ws) });
		if (item.baseId && item.baseId !== record.report_id) {
			changes.push({ path: this.data.recordPath(item.baseId), bytes: null });
		}

		let kept: string | null = null;
		const baseId = item.baseId ?? record.report_id;
		const basePath = this.data.recordPath(baseId);
		if (existsSync(basePath)) kept = this.ws.keepVersion(baseId, readFileSync(basePath));

		let tx;
		try {
			tx = applyChanges(changes);
		} catch (e) {
			throw new Refused({ status: 500, message: say.writeFailed((e as Error).message) });
		}
		const build = await dataBuild(this.cfg.root, this.data.dir, this.cfg.previewData);
		if (build.code !== 0) {
			tx.undo();
			throw new Refused({ status: 422, message: say.buildFailed(build.tail.slice(-3000)) });
		}
		tx.finish();
		this.ws.removeItem(item.id);
		if (item.upload) this.ws.pruneUpload(item.upload);
		const ms = Math.round(performance.now() - started);
		this.preview.request(record.region_code, record.report_id);
		return {
			id: `r-${record.report_id}`,
			reportId: record.report_id,
			regionCode: record.region_code,
			wrote: changes.map((c) => c.path),
			kept,
			findings: await findingsOf(this.cfg.previewData, record.report_id),
			ms,
			preview: this.preview.state
		};
	}
}
