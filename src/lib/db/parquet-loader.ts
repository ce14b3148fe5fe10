/**
 * The page's side of the decode worker: one worker per visit, requests matched to
 * replies by id. A worker that fails to start rejects every pending request.
 */
import type { ParquetOptions } from './parquet-arrow.ts';
import type { DecodeRequest, DecodeResponse } from './parquet.worker.ts';

export type DecodedParquet = Extract<DecodeResponse, { ok: true }>;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: DecodedParquet) => void; reject: (e: Error) => void }
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
		const p = pending.get(reply.id);
		if (!p) return;
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

/** Fetches and decodes /data/<name>.parquet off the main thread. `url` must be absolute. */
export function decodeParquet(
	name: string,
	url: string,
	options: ParquetOptions = {}
): Promise<DecodedParquet> {
	return new Promise((resolve, reject) => {
		const id = nextId++;
		pending.set(id, { resolve, reject });
		const request: DecodeRequest = { id, name, url, options };
		decoder().postMessage(request);
	});
}
