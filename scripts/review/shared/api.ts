/**
 * What the workbench's server and its page say to each other (JSON over loopback).
 * Types only; the server builds these, the page shows them.
 */
import type { Said } from '../../../src/lib/i18n/review-messages.ts';
import type { EvaluationRecord, Region } from '../../../src/lib/domain/schema.ts';

export type { Said };

/** 待审, 需处理, 已审, 已发布. */
export type QueueState = 'draft' | 'attention' | 'reviewed' | 'published';

export interface QueueEntry {
	id: string;
	reportId: string;
	regionCode: string;
	county: string | null;
	city: string | null;
	year: number;
	kind: EvaluationRecord['kind'];
	reportType: string;
	projectName: string | null;
	file: string;
	state: QueueState;
	/** Failed checks plus figures still to confirm (zero for a reviewed record). */
	blocking: number;
	/** A draft that edits a reviewed record (reopened). */
	edited: boolean;
}

export interface Rejected {
	name: string;
	message: Said;
}

export interface MetricOption {
	id: string;
	name_zh: string;
	name_en: string;
	unit: string;
	units: string[];
	category: string;
}

export type ListName = 'facts' | 'scores' | 'subtotals';

export interface FieldProblem {
	/** The path in the record, as verifyRecord names it: facts[2].value. */
	path: string;
	list: ListName | null;
	index: number | null;
	field: string | null;
	severity: 'error' | 'warning';
	message: Said;
}

export interface Span {
	start: number;
	end: number;
}

export interface ItemCheck {
	/** Failed checks: the report cannot be marked reviewed while there is one. */
	problems: FieldProblem[];
	/** What the audit will report about the figures as they stand (not blocking). */
	findings: FieldProblem[];
	/** Where each quote sits in the source text (null: not found). */
	spans: Record<ListName, (Span | null)[]>;
	/** Problems plus figures not yet confirmed. */
	blocking: number;
}

export interface RegionInfo {
	code: string;
	name: string;
	city: string | null;
	/** Already in data/regions.yaml. */
	listed: boolean;
	/** Confirmed by the curator; written to data/regions.yaml when the report is reviewed. */
	confirmed: boolean;
	/** The entries a confirmation adds (the county, and its city when missing). */
	entries: Region[];
}

export interface HistoryEntry {
	file: string;
	path: string;
}

export interface ItemView {
	id: string;
	version: number;
	/** The sha256 of the reviewed record's file this edits, as opened; sent back with saves. */
	base: string | null;
	record: EvaluationRecord;
	accepted: { facts: boolean[]; scores: boolean[] };
	notes: string[];
	readerNotes: string[];
	file: { name: string; sourceFile: string; format: string };
	text: string;
	check: ItemCheck;
	region: RegionInfo | null;
	edited: boolean;
	reviewed: boolean;
	history: HistoryEntry[];
}

export interface PreviewState {
	status: 'none' | 'building' | 'ready' | 'failed';
	/** The preview's address, and the pages built for the last county reviewed. */
	url: string | null;
	pages: string[];
	ms: number | null;
	error: string | null;
}

export interface StateView {
	dataDir: string;
	siteOut: string;
	maxUploadBytes: number;
	metrics: MetricOption[];
	queue: QueueEntry[];
	rejected: Rejected[];
	preview: PreviewState;
}

export interface FindingView {
	severity: string;
	message: Said;
}

export interface MarkResult {
	id: string;
	reportId: string;
	regionCode: string;
	wrote: string[];
	/** Where the record it replaced was kept, when it replaced one. */
	kept: string | null;
	findings: FindingView[];
	/** Verify + write + data rebuild, in ms. */
	ms: number;
	preview: PreviewState;
}

export interface PublishSummary {
	reports: number;
	reportsAdded: string[];
	countiesAdded: { code: string; name: string }[];
	findingsAdded: number;
	findingsGone: number;
	findings: number;
	site: string;
	ms: number;
}

export type PublishEvent =
	| { type: 'stage'; stage: 'data' | 'site' | 'compare'; n: number; of: number }
	| { type: 'log'; line: string }
	| { type: 'done'; summary: PublishSummary }
	| { type: 'error'; message: Said };

export interface DivisionOption {
	code: string;
	name: string;
	city: string | null;
	province: string | null;
}
