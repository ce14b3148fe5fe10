/**
 * Decode worker: fetches a Parquet file from the site, decodes it with hyparquet and
 * returns an Arrow IPC stream (transferred, not copied), so the page never decodes.
 */
import { parquetToArrow, type ArrowTable, type ParquetOptions } from './parquet-arrow.ts';

export interface DecodeRequest {
	id: number;
	name: string;
	/** Absolute same-origin URL, resolved on the main thread (base/assets paths). */
	url: string;
	options: ParquetOptions;
}

export type DecodeResponse =
	| ({ id: number; ok: true; bytes: number; fetchMs: number; decodeMs: number } & ArrowTable)
	| { id: number; ok: false; error: string }
	/** Still at work on it: bytes arrived, or decoding began. */
	| { id: number; progress: true };

/** How often a download says bytes are arriving: often enough for the stall watchdog. */
const PROGRESS_EVERY_MS = 1_000;

const progress = (id: number) => self.postMessage({ id, progress: true } satisfies DecodeResponse);

/** The whole body, reporting progress while bytes arrive (a slow link is not a stall). */
async function readBody(res: Response, id: number): Promise<ArrayBuffer> {
	if (!res.body) return res.arrayBuffer();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let told = performance.now();
	const reader = res.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		size += value.byteLength;
		if (performance.now() - told > PROGRESS_EVERY_MS) {
			progress(id);
			told = performance.now();
		}
	}
	const whole = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		whole.set(c, at);
		at += c.byteLength;
	}
	return whole.buffer;
}

async function decode({ id, name, url, options }: DecodeRequest): Promise<void> {
	const file = `${name}.parquet`;
	try {
		const t0 = performance.now();
		const res = await fetch(url, { credentials: 'same-origin' });
		if (!res.ok) {
			throw new Error(
				`数据文件 ${file} 无法加载：HTTP ${res.status} (data file could not be loaded)`
			);
		}
		const buffer = await readBody(res, id);
		progress(id);
		const t1 = performance.now();
		const table = await parquetToArrow(buffer, options, file);
		const t2 = performance.now();
		const reply: DecodeResponse = {
			id,
			ok: true,
			...table,
			bytes: buffer.byteLength,
			fetchMs: Math.round(t1 - t0),
			decodeMs: Math.round(t2 - t1)
		};
		self.postMessage(reply, { transfer: table.ipc ? [table.ipc.buffer] : [] });
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const error = message.includes(file)
			? message
			: `数据文件 ${file} 无法读取 (unreadable): ${message}`;
		self.postMessage({ id, ok: false, error } satisfies DecodeResponse);
	}
}

self.addEventListener('message', (event: MessageEvent<DecodeRequest>) => void decode(event.data));
