/**
 * The page's side of the decode worker: one worker per visit, requests matched to
 * replies by id. A worker that fails to start rejects every pending request. Any message
 * from the worker is progress for every pending request: the worker decodes one file at
 * a time, so a file queued behind others waits while the queue moves.
 */
import type { ParquetOptions } from './parquet-arrow.ts';
import type { DecodeRequest, DecodeResponse } from './parquet.worker.ts';

export type DecodedParquet = Extract<DecodeResponse, { ok: true }>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: DecodedParquet) => void; reject: (e: Error) => void; progress: () => void }
>();

function failAll(error: Error): void {
	for (const p of pending.values()) p.reject(error);
	pending.clear();
}

function decoder(): Worker {
	if (worker) return worker;
	const w = new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' });
	w.addEventListener('message', (event: MessageEvent<DecodeResponse>) => {
		const reply = event.data;
		for (const p of pending.values()) p.progress();
		const p = pending.get(reply.id);
		if (!p || 'progress' in reply) return;
		pending.delete(reply.id);
		if (reply.ok) p.resolve(reply);
		else p.reject(new Error(reply.error));
	});
	w.addEventListener('error', (event) => {
		event.preventDefault();
		const detail = event.message ? `: ${event.message}` : '';
		failAll(new Error(`数据解码线程无法启动 (the Parquet decode worker failed)${detail}`));
		w.terminate();
		worker = null;
	});
	worker = w;
	return w;
}

/**
 * Fetches and decodes /data/<name>.parquet off the main thread. `url` must be absolute.
 * `progress` is called whenever the worker moves on (this file or one ahead of it).
 */
export function decodeParquet(
	name: string,
	url: string,
	options: ParquetOptions = {},
	progress: () => void = () => {}
): Promise<DecodedParquet> {
	return new Promise((resolve, reject) => {
		const id = nextId++;
		pending.set(id, { resolve, reject, progress });
		const request: DecodeRequest = { id, name, url, options };
		decoder().postMessage(request);
	});
}
