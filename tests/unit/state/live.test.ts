import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Live, SLOW_MS } from '../../../src/lib/state/live.svelte.ts';

const deferred = <T>() => {
	let resolve!: (v: T) => void;
	const promise = new Promise<T>((r) => (resolve = r));
	return { promise, resolve };
};

describe('a live answer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is slow only after SLOW_MS, and never once answered', async () => {
		const live = new Live('prerendered');
		const quick = deferred<string>();
		const loading = live.load(() => quick.promise);
		expect([live.status, live.slow]).toEqual(['loading', false]);
		vi.advanceTimersByTime(SLOW_MS - 1);
		expect(live.slow).toBe(false);
		quick.resolve('answer');
		await loading;
		vi.advanceTimersByTime(SLOW_MS);
		expect([live.status, live.slow, live.data]).toEqual(['ready', false, 'answer']);

		const slow = deferred<string>();
		const later = live.load(() => slow.promise);
		vi.advanceTimersByTime(SLOW_MS);
		expect(live.slow).toBe(true);
		slow.resolve('late');
		await later;
		expect([live.status, live.slow, live.data]).toEqual(['ready', false, 'late']);
	});

	it('from an older question never replaces the newer one', async () => {
		const live = new Live('prerendered');
		const old = deferred<string>();
		const first = live.load(() => old.promise);
		const second = live.load(async () => 'new');
		await second;
		old.resolve('old');
		await first;
		expect(live.data).toBe('new');
		expect(live.status).toBe('ready');
	});
});
