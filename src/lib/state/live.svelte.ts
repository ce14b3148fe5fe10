/**
 * A page's live view: it starts as the prerendered answer and is replaced by the engine's
 * answer whenever the reader asks for another view. Every dashboard page uses this one
 * helper, so they all behave alike:
 *  - a view already answered is not asked again; the prerendered view is shown at once;
 *  - only the latest question may land: a slow answer to an old one never overwrites it;
 *  - "loading" is said only when an answer is slow (SLOW_MS) or waits for the engine to
 *    start; a quick answer keeps the old view up instead of flashing.
 */
import { dbStatus } from '../db/status.svelte.ts';

export type LiveStatus = 'ready' | 'loading' | 'error';

/** Who gave the answer shown: the build (prerendered or precomputed rows) or the engine. */
export type AnsweredBy = 'prerendered' | 'precomputed' | 'engine';

/** How long a quick answer may keep the old view up before the page says it is loading. */
export const SLOW_MS = 250;

export class LiveView<T> {
	/** The answer shown. */
	data: T = $state() as T;
	/** The view (its URL query) whose answer `data` is. */
	shown: string = $state('');
	status: LiveStatus = $state('ready');
	error: string | null = $state(null);
	/** Who answered the view shown (the page's diagnostics, data-answer). */
	by: AnsweredBy = $state('prerendered');
	/** Ms the last answer from the engine took (the page's own diagnostics, data-last-ms). */
	lastMs: number | null = $state(null);
	/** Still waiting after SLOW_MS. */
	slow = $state(false);
	/** Who is answering the question asked, as far as known (precomputed rows need no engine). */
	#asking: AnsweredBy | null = $state(null);
	/** Time to tell the reader: slow, or the engine is still starting. */
	readonly loading = $derived(
		this.status === 'loading' &&
			(this.slow || (dbStatus.state !== 'ready' && this.#asking !== 'precomputed'))
	);
	/** What a frame shows: the error, "loading" when it is time to say so, else the answer. */
	readonly frame: LiveStatus = $derived(
		this.status === 'error' ? 'error' : this.loading ? 'loading' : 'ready'
	);
	#asked: string;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** `initial`: the prerendered answer to view `view` (of `scope`, see ask). */
	constructor(initial: T, view = '', scope = '') {
		this.data = initial;
		this.shown = view;
		this.#asked = `${scope}\n${view}`;
	}

	/**
	 * Shows `view` of `scope` (e.g. the county a profile is about): `answer` is called once
	 * per new question. An answer given at once (the prerendered view) lands at once; a
	 * promise lands when it resolves, unless another question was asked meanwhile. An
	 * answer that is not the engine's says so through `note` (state/warm.ts).
	 */
	ask(view: string, answer: (note: (by: AnsweredBy) => void) => T | Promise<T>, scope = ''): void {
		const question = `${scope}\n${view}`;
		if (question === this.#asked) return;
		this.#asked = question;
		const id = ++this.#seq;
		this.#settle();
		let result: T | Promise<T>;
		let by: AnsweredBy | null = null;
		this.#asking = null;
		const note = (b: AnsweredBy) => {
			by = b;
			if (id === this.#seq) this.#asking = b;
		};
		try {
			result = answer(note);
		} catch (e) {
			return this.#fail(e);
		}
		if (!(result instanceof Promise)) return this.#land(view, result, null, by ?? 'prerendered');
		const started = performance.now();
		this.status = 'loading';
		this.#timer = setTimeout(() => {
			if (id === this.#seq) this.slow = true;
		}, SLOW_MS);
		result.then(
			(data) => {
				if (id !== this.#seq) return;
				this.#settle();
				this.#land(view, data, Math.round(performance.now() - started), by ?? 'engine');
			},
			(e: unknown) => {
				if (id !== this.#seq) return;
				this.#settle();
				this.#fail(e);
			}
		);
	}

	#settle(): void {
		clearTimeout(this.#timer);
		this.slow = false;
	}

	#land(view: string, data: T, ms: number | null, by: AnsweredBy): void {
		this.data = data;
		this.by = by;
		this.shown = view;
		this.status = 'ready';
		this.error = null;
		if (ms !== null) this.lastMs = ms;
	}

	#fail(e: unknown): void {
		this.status = 'error';
		this.error = e instanceof Error ? e.message : String(e);
	}
}
