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
	| { id: number; ok: false; error: string };

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
		const buffer = await res.arrayBuffer();
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
