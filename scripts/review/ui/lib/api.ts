/** The workbench's server, called from its page. Errors carry the server's message. */
import type {
	DivisionOption,
	ItemView,
	MarkResult,
	PreviewState,
	PublishEvent,
	Said,
	StateView
} from '../../shared/api.ts';
import type { EvaluationRecord } from '../../../../src/lib/domain/schema.ts';
import { say } from '../../../../src/lib/i18n/review-messages.ts';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly said: Said
	) {
		super(said.en);
	}
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
	const res = await fetch(path, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const data = (await res.json().catch(() => null)) as { error?: Said } | null;
	if (!res.ok) {
		throw new ApiError(res.status, data?.error ?? say.httpError(res.status));
	}
	return data as T;
}

const item = (id: string) => `/api/items/${encodeURIComponent(id)}`;
type Accepted = ItemView['accepted'];
/** What a change is based on: the item as the page last had it. */
type Based = Pick<ItemView, 'id' | 'version' | 'base'>;

export const api = {
	state: () => call<StateView>('GET', '/api/state'),
	preview: () => call<PreviewState>('GET', '/api/preview'),
	item: (id: string) => call<ItemView>('GET', item(id)),
	save: (v: Based, record: EvaluationRecord, accepted: Accepted) =>
		call<ItemView>('PUT', item(v.id), { version: v.version, base: v.base, record, accepted }),
	region: (v: Based, code: string) =>
		call<ItemView>('POST', `${item(v.id)}/region`, { version: v.version, base: v.base, code }),
	review: (v: Based) =>
		call<MarkResult>('POST', `${item(v.id)}/review`, { version: v.version, base: v.base }),
	discard: (v: Based) => call<unknown>('DELETE', item(v.id), { version: v.version }),
	restore: (v: Based, file: string) =>
		call<ItemView>('POST', `${item(v.id)}/restore`, { version: v.version, base: v.base, file }),
	divisions: (q: string) =>
		call<DivisionOption[]>('GET', `/api/divisions?q=${encodeURIComponent(q)}`),
	upload: async (file: File) => {
		const res = await fetch('/api/uploads', {
			method: 'POST',
			headers: {
				'content-type': 'application/octet-stream',
				'x-file-name': encodeURIComponent(file.name)
			},
			body: file
		});
		const data = (await res.json().catch(() => null)) as {
			error?: Said;
			ids?: string[];
			note?: Said | null;
		} | null;
		if (!res.ok) throw new ApiError(res.status, data?.error ?? say.uploadFailed());
		return { ids: data?.ids ?? [], note: data?.note ?? null };
	},
	/** Publishes, passing on each event of the build's stream as it arrives. */
	publish: async (onEvent: (e: PublishEvent) => void) => {
		const res = await fetch('/api/publish', { method: 'POST' });
		if (!res.ok || !res.body) {
			const data = (await res.json().catch(() => null)) as { error?: Said } | null;
			throw new ApiError(res.status, data?.error ?? say.publishFailed());
		}
		const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			buffer += value;
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as PublishEvent);
		}
	}
};
