import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbStatus } from '../../../src/lib/db/status.svelte.ts';
import { LiveView, SLOW_MS } from '../../../src/lib/state/live.svelte.ts';
import { warmAnswer } from '../../../src/lib/state/warm.ts';

const deferred = <T>() => {
	let resolve!: (v: T) => void;
	let reject!: (e: Error) => void;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return { promise, resolve, reject };
};

/** Lets settled promises run their callbacks. */
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('a live view', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		dbStatus.state = 'ready';
	});
	afterEach(() => {
		vi.useRealTimers();
		dbStatus.state = 'idle';
	});

	it('says "loading" only once an answer is slow, and never once answered', async () => {
		const live = new LiveView('prerendered');
		const quick = deferred<string>();
		live.ask('?a', () => quick.promise);
		expect([live.status, live.loading, live.frame]).toEqual(['loading', false, 'ready']);
		vi.advanceTimersByTime(SLOW_MS - 1);
		expect(live.loading).toBe(false);
		quick.resolve('answer');
		await flush();
		vi.advanceTimersByTime(SLOW_MS);
		expect([live.status, live.loading, live.data, live.shown]).toEqual([
			'ready',
			false,
			'answer',
			'?a'
		]);

		const slow = deferred<string>();
		live.ask('?b', () => slow.promise);
		vi.advanceTimersByTime(SLOW_MS);
		expect([live.loading, live.frame, live.shown]).toEqual([true, 'loading', '?a']);
		slow.resolve('late');
		await flush();
		expect([live.status, live.loading, live.data, live.shown]).toEqual([
			'ready',
			false,
			'late',
			'?b'
		]);
	});

	it('says "loading" at once while the engine is still starting', () => {
		dbStatus.state = 'loading';
		const live = new LiveView('prerendered');
		live.ask('?a', () => deferred<string>().promise);
		expect(live.frame).toBe('loading');
	});

	it('shows the prerendered answer at once, and asks each view once', async () => {
		const live = new LiveView('prerendered');
		const answer = vi.fn(async () => 'from the engine');
		live.ask('?a', answer);
		live.ask('?a', answer);
		await flush();
		expect(answer).toHaveBeenCalledTimes(1);
		live.ask('', () => 'prerendered');
		expect([live.status, live.data, live.shown]).toEqual(['ready', 'prerendered', '']);
		// The same view of another scope (another county) is another question.
		live.ask('', () => 'other county', '440883');
		expect(live.data).toBe('other county');
	});

	it('never lets an older question overwrite the newer one', async () => {
		const live = new LiveView('prerendered');
		const old = deferred<string>();
		live.ask('?old', () => old.promise);
		live.ask('?new', async () => 'new');
		await flush();
		old.resolve('old');
		await flush();
		expect([live.data, live.shown, live.status]).toEqual(['new', '?new', 'ready']);
		// Nor the prerendered answer, asked while an engine answer is on its way.
		const pending = deferred<string>();
		live.ask('?x', () => pending.promise);
		live.ask('', () => 'prerendered');
		pending.resolve('x');
		await flush();
		expect([live.data, live.shown]).toEqual(['prerendered', '']);
	});

	it('keeps the last answer up when a question fails, and says why', async () => {
		const live = new LiveView('prerendered');
		const failing = deferred<string>();
		live.ask('?a', () => failing.promise);
		failing.reject(new Error('表 facts 无法载入'));
		await flush();
		expect([live.frame, live.error, live.data, live.shown]).toEqual([
			'error',
			'表 facts 无法载入',
			'prerendered',
			''
		]);
	});

	it('answers from precomputed rows while the engine starts, without saying "loading"', async () => {
		dbStatus.state = 'loading';
		const live = new LiveView('prerendered');
		const rows = deferred<string>();
		const engine = vi.fn(async () => 'from the engine');
		const sources = { provinces: ['440000'], tables: ['facts'] as const, engine };
		live.ask('?a', (note) => warmAnswer({ ...sources, precomputed: () => rows.promise, note }));
		expect([live.status, live.frame]).toEqual(['loading', 'ready']);
		rows.resolve('from precomputed rows');
		await flush();
		expect([live.data, live.by, engine.mock.calls.length]).toEqual([
			'from precomputed rows',
			'precomputed',
			0
		]);
		// A file that cannot be read: the engine answers, and the page says it waits for it.
		const missing = deferred<string>();
		live.ask('?b', (note) => warmAnswer({ ...sources, precomputed: () => missing.promise, note }));
		missing.reject(new Error('answers/x/metric-y.json: HTTP 404'));
		await flush();
		expect([live.data, live.by, engine.mock.calls.length]).toEqual([
			'from the engine',
			'engine',
			1
		]);
		live.ask('', () => 'prerendered');
		expect(live.by).toBe('prerendered');
	});
});
