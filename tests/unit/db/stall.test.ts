/**
 * The stall watchdog of the browser's data files: a file is given up on only when nothing
 * has moved for STALL_MS, not when it waits behind other files in the one decode worker or
 * downloads slowly. The worker is played by a stand-in that speaks its message protocol.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { DecodeRequest, DecodeResponse } from '../../../src/lib/db/parquet.worker.ts';
import { STALL_MS, watchdog } from '../../../src/lib/db/watchdog.ts';

class StandInWorker {
	static last: StandInWorker;
	requests: DecodeRequest[] = [];
	private listeners: ((e: MessageEvent<DecodeResponse>) => void)[] = [];
	constructor() {
		StandInWorker.last = this;
	}
	postMessage(request: DecodeRequest) {
		this.requests.push(request);
	}
	addEventListener(type: string, listener: (e: MessageEvent<DecodeResponse>) => void) {
		if (type === 'message') this.listeners.push(listener);
	}
	terminate() {}
	reply(data: DecodeResponse) {
		for (const l of this.listeners) l({ data } as MessageEvent<DecodeResponse>);
	}
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('Worker', StandInWorker);
	vi.resetModules();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const done = (id: number): DecodeResponse => ({
	id,
	ok: true,
	bytes: 1,
	fetchMs: 0,
	decodeMs: 0,
	rows: 0,
	columns: [],
	ipc: null
});

async function twoFiles() {
	const { decodeParquet } = await import('../../../src/lib/db/parquet-loader.ts');
	const load = (name: string) =>
		watchdog((kick) => decodeParquet(name, `http://site/${name}`, {}, kick), STALL_MS, name);
	const outcome = (p: Promise<unknown>) =>
		p.then(
			() => 'loaded',
			(e: Error) => e.message
		);
	return { first: outcome(load('facts')), second: outcome(load('scores')) };
}

test('a file queued behind a slow one is waited for while the worker makes progress', async () => {
	const { first, second } = await twoFiles();
	const worker = StandInWorker.last;
	expect(worker.requests.map((r) => r.name)).toEqual(['facts', 'scores']);
	// The first file takes three stall periods to arrive and decode, reporting as it goes.
	for (let t = 0; t < 3 * STALL_MS; t += STALL_MS / 2) {
		await vi.advanceTimersByTimeAsync(STALL_MS / 2);
		worker.reply({ id: worker.requests[0]!.id, progress: true });
	}
	worker.reply(done(worker.requests[0]!.id));
	await vi.advanceTimersByTimeAsync(STALL_MS / 2);
	worker.reply(done(worker.requests[1]!.id));
	expect([await first, await second]).toEqual(['loaded', 'loaded']);
});

test('files are given up on once the worker is silent for the stall period', async () => {
	const { first, second } = await twoFiles();
	await vi.advanceTimersByTimeAsync(STALL_MS - 1_000);
	StandInWorker.last.reply({ id: StandInWorker.last.requests[0]!.id, progress: true });
	await vi.advanceTimersByTimeAsync(STALL_MS + 1);
	expect([await first, await second]).toEqual(['facts', 'scores']);
});
