/**
 * A page's answer that starts as the prerendered default view and is replaced by live
 * query results. Only the latest request may land: a slow answer to an old question
 * never overwrites the answer to a newer one.
 */
export type LiveStatus = 'ready' | 'loading' | 'error';

/** How long a quick answer may keep the old view up before the page says it is loading. */
export const SLOW_MS = 250;

export class Live<T> {
	data: T = $state() as T;
	status: LiveStatus = $state('ready');
	error: string | null = $state(null);
	/** performance.now() spent on the last answer, for the page's own diagnostics. */
	lastMs: number | null = $state(null);
	/** Still loading after SLOW_MS: time to show that it is (a quick answer never flashes). */
	slow = $state(false);
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(initial: T) {
		this.data = initial;
	}

	async load(answer: () => Promise<T>): Promise<void> {
		const id = ++this.#seq;
		const started = performance.now();
		this.status = 'loading';
		clearTimeout(this.#timer);
		this.slow = false;
		this.#timer = setTimeout(() => {
			if (id === this.#seq && this.status === 'loading') this.slow = true;
		}, SLOW_MS);
		try {
			const data = await answer();
			if (id !== this.#seq) return;
			this.data = data;
			this.status = 'ready';
			this.error = null;
			this.lastMs = Math.round(performance.now() - started);
		} catch (e) {
			if (id !== this.#seq) return;
			this.status = 'error';
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (id === this.#seq) {
				clearTimeout(this.#timer);
				this.slow = false;
			}
		}
	}
}
