/**
 * The workbench's requests. Every request passes the Host check, every write the Origin
 * check, before anything else runs; refusals answer with a message in both languages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { recordSchema, type EvaluationRecord } from '../../../src/lib/domain/schema.ts';
import { say } from '../../../src/lib/i18n/review-messages.ts';
import { divisions } from '../../lib/divisions.ts';
import type { DivisionOption, StateView } from '../shared/api.ts';
import type { DataFolder } from './data-folder.ts';
import { checkHost, checkOrigin, Refused } from './guards.ts';
import { readBody, readJson, sendError, sendJson, sendStatic, startStream } from './http.ts';
import type { Inbox } from './inbox.ts';
import type { Items } from './items.ts';
import type { Marker } from './mark.ts';
import type { Preview } from './preview.ts';
import { publish, type PublishConfig } from './publish.ts';
import type { WorkItem, Workspace } from './workspace.ts';

export interface App {
	port: number;
	uiDir: string;
	data: DataFolder;
	ws: Workspace;
	items: Items;
	inbox: Inbox;
	marker: Marker;
	preview: Preview;
	publish: PublishConfig;
}

interface Edit {
	version?: unknown;
	base?: unknown;
	record?: EvaluationRecord;
	accepted?: WorkItem['accepted'];
	code?: string;
	file?: string;
}

const bad = (why: string) => new Refused({ status: 400, message: say.badRequest(why) });
const tooLarge = () => bad('body too large');

function wellFormed(
	edit: Edit
): asserts edit is Required<Pick<Edit, 'record' | 'accepted'>> & Edit {
	const r = edit.record as Partial<EvaluationRecord> | undefined;
	const a = edit.accepted;
	const ok =
		r &&
		typeof r === 'object' &&
		['facts', 'scores', 'subtotals'].every((k) => Array.isArray(r[k as 'facts'])) &&
		Array.isArray(r.source?.lines) &&
		r.facts!.every((f) => f && typeof f === 'object') &&
		a &&
		Array.isArray(a.facts) &&
		Array.isArray(a.scores) &&
		a.facts.length === r.facts!.length &&
		a.scores.length === r.scores!.length;
	if (!ok) throw bad('record and accepted do not have the shape of a record');
}

function searchDivisions(q: string): DivisionOption[] {
	const all = divisions();
	const needle = q.trim();
	if (!needle) return [];
	const out: DivisionOption[] = [];
	for (const d of all.values()) {
		if (d.level !== 'county' || !(d.name.includes(needle) || d.code.startsWith(needle))) continue;
		const city = d.parent ? all.get(d.parent) : undefined;
		const province = city?.parent ? all.get(city.parent) : undefined;
		out.push({
			code: d.code,
			name: d.name,
			city: city?.name ?? null,
			province: province?.name ?? null
		});
		if (out.length >= 20) break;
	}
	return out;
}

async function state(app: App): Promise<StateView> {
	const catalogue = app.data.catalogue();
	return {
		dataDir: app.data.dir,
		siteOut: app.publish.siteOut,
		maxUploadBytes: app.inbox.maxBytes,
		metrics: catalogue.metrics.map((m) => ({
			id: m.id,
			name_zh: m.name_zh,
			name_en: m.name_en,
			unit: m.unit,
			units: m.units ?? [],
			category: m.category
		})),
		queue: await app.items.queue(),
		rejected: app.inbox.rejected,
		preview: app.preview.state
	};
}

async function item(app: App, req: IncomingMessage, id: string, action: string | undefined) {
	if (req.method === 'GET' && !action) return app.items.view(id);
	const edit = await readJson<Edit>(req, tooLarge);
	if (req.method === 'PUT' && !action) {
		wellFormed(edit);
		app.items.save(id, edit.version, edit.base, edit.record, edit.accepted);
		return app.items.view(id);
	}
	if (req.method === 'DELETE' && !action) {
		app.items.discard(id, edit.version);
		return { ok: true };
	}
	if (req.method !== 'POST') throw bad(`${req.method} ${action}`);
	if (action === 'region') {
		app.items.confirmRegion(id, edit.version, edit.base, String(edit.code ?? ''));
		return app.items.view(id);
	}
	if (action === 'review') return app.marker.mark(id, edit.version, edit.base);
	if (action === 'restore') {
		const open = app.items.current(id, edit.version, edit.base);
		const kept = app.ws
			.history(open.baseId ?? open.record.report_id)
			.find((h) => h.file === edit.file);
		if (!kept) throw new Refused({ status: 404, message: say.notFound(String(edit.file)) });
		const parsed = recordSchema.safeParse(parseYaml(readFileSync(kept.path, 'utf8')));
		if (!parsed.success) throw bad(`${kept.file} is not a record`);
		const r = parsed.data;
		const accepted = { facts: r.facts.map(() => true), scores: r.scores.map(() => true) };
		app.items.save(id, edit.version, edit.base, { ...r, source: open.record.source }, accepted);
		return app.items.view(id);
	}
	throw bad(`unknown action ${action}`);
}

export async function handle(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const refused =
		checkHost(req.headers.host, app.port) ??
		checkOrigin(
			req.method ?? 'GET',
			req.headers.origin,
			req.headers['sec-fetch-site'] as string | undefined,
			app.port
		);
	if (refused) return sendError(res, refused.status, refused.message);
	const url = new URL(req.url ?? '/', `http://127.0.0.1:${app.port}`);
	const path = url.pathname;
	try {
		if (!path.startsWith('/api/')) {
			if (req.method === 'GET' && sendStatic(res, app.uiDir, path)) return;
			return sendError(res, 404, say.notFound(path));
		}
		if (path === '/api/state' && req.method === 'GET') return sendJson(res, 200, await state(app));
		if (path === '/api/preview' && req.method === 'GET')
			return sendJson(res, 200, app.preview.state);
		if (path === '/api/divisions' && req.method === 'GET') {
			return sendJson(res, 200, searchDivisions(url.searchParams.get('q') ?? ''));
		}
		if (path === '/api/uploads' && req.method === 'POST') {
			const raw = req.headers['x-file-name'];
			let name = typeof raw === 'string' ? raw : '';
			try {
				name = decodeURIComponent(name);
			} catch {
				// Not percent-encoded: checked as it came.
			}
			const cap = app.inbox.maxBytes;
			const body = await readBody(req, cap, (bytes) =>
				app.inbox.refusal(name, { status: 413, message: say.tooLarge(name, bytes, cap) })
			);
			return sendJson(res, 200, await app.inbox.receive(name, new Uint8Array(body)));
		}
		if (path === '/api/publish' && req.method === 'POST') {
			const emit = startStream(res);
			await publish(app.publish, emit).catch((e: Error) =>
				emit({ type: 'error', message: say.buildFailed(e.message) })
			);
			return void res.end();
		}
		const m = /^\/api\/items\/([\w-]+)(?:\/(\w+))?$/.exec(path);
		if (m) return sendJson(res, 200, await item(app, req, m[1]!, m[2]));
		return sendError(res, 404, say.notFound(path));
	} catch (e) {
		if (e instanceof Refused) return sendError(res, e.refusal.status, e.refusal.message);
		console.error(e);
		return sendError(res, 500, say.badRequest((e as Error).message));
	}
}
