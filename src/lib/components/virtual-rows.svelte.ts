/**
 * A long table's rows, drawn only where the reader looks once the page is live. Until then
 * (the prerendered HTML, a reader without JavaScript), while printing, when the reader asks
 * for every row (screen readers in browse mode, find in page) and for short tables, every
 * row is drawn. The window follows the page's scroll, the viewport and the table's own
 * size; a row holding the focus stays drawn. Rows carry `data-row` (their index); the
 * table is attached with `{@attach rows.track}`.
 */
import { flushSync, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { everyRow, MIN_VIRTUAL_ROWS, rowWindow, type RowWindow } from './row-window.ts';

/** A first guess at a row's height before one is measured (a matrix row is ~56 px). */
const GUESS_PX = 48;

/**
 * Set when the first table is attached, which is after the page has hydrated: a table made
 * after that (a new view) has no prerendered HTML to match, so it starts with a window
 * instead of drawing every row and then laying them all out to measure.
 */
let hydrated = false;

export class VirtualRows {
	#count: () => number;
	#live = $state(false);
	#printing = $state(false);
	#focused: number | null = null;
	/** The reader asked for every row. */
	showAll = $state(false);
	#window = $state<RowWindow>({ start: 0, end: 0, before: 0, after: 0 });
	#rowHeight = GUESS_PX;
	#schedule: (() => void) | null = null;

	/** Call while a component initialises: the window follows `count` as the data changes. */
	constructor(count: () => number) {
		this.#count = count;
		if (hydrated) {
			this.#live = true;
			this.#window = rowWindow({
				count: count(),
				origin: 0,
				viewport: window.innerHeight,
				rowHeight: GUESS_PX
			});
		}
		$effect(() => {
			count();
			untrack(() => this.#schedule?.());
		});
	}

	/** Whether this table draws a window rather than every row (a toggle is offered then). */
	get windowed(): boolean {
		return this.#live && this.#count() >= MIN_VIRTUAL_ROWS;
	}

	get current(): RowWindow {
		const n = this.#count();
		if (!this.windowed || this.showAll || this.#printing) return everyRow(n);
		const w = this.#window;
		// Fewer rows than the last window (new data): clamp until the next measure.
		if (w.end <= n) return w;
		const start = Math.min(w.start, n);
		return { start, end: n, before: w.before, after: 0 };
	}

	/** Whether row `i` is drawn. */
	shows(i: number): boolean {
		const w = this.current;
		return i >= w.start && i < w.end;
	}

	/** Whether any row in [from, to) is drawn. */
	showsAny(from: number, to: number): boolean {
		const w = this.current;
		return from < w.end && to > w.start;
	}

	track: Attachment<HTMLTableElement> = (table) => {
		let frame = 0;
		const measure = () => {
			frame = 0;
			const n = this.#count();
			if (n < MIN_VIRTUAL_ROWS) return;
			const head = table.tHead?.getBoundingClientRect();
			const drawn = table.querySelectorAll<HTMLElement>('tr[data-row]');
			if (drawn.length > 1) {
				const first = drawn[0]!.getBoundingClientRect();
				const last = drawn[drawn.length - 1]!.getBoundingClientRect();
				const span = Number(drawn[drawn.length - 1]!.dataset.row) - Number(drawn[0]!.dataset.row);
				if (span > 0 && last.top > first.top) this.#rowHeight = (last.top - first.top) / span;
			}
			const next = rowWindow({
				count: n,
				origin: head?.bottom ?? 0,
				viewport: window.innerHeight,
				rowHeight: this.#rowHeight,
				keep: this.#focused
			});
			const w = this.#window;
			if (next.start !== w.start || next.end !== w.end || Math.abs(next.before - w.before) > 1)
				this.#window = next;
			// Every row stays drawn (as prerendered) until the first window is known.
			this.#live = true;
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(measure);
		};
		const print = window.matchMedia('print');
		const printing = () => (this.#printing = print.matches);
		// Every row before the print layout is made.
		const before = () => flushSync(() => (this.#printing = true));
		const after = () => printing();
		const focusin = (e: FocusEvent) => {
			const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-row]');
			this.#focused = row ? Number(row.dataset.row) : null;
		};
		const focusout = (e: FocusEvent) => {
			if (!table.contains(e.relatedTarget as Node | null)) this.#focused = null;
			schedule();
		};
		const resized = new ResizeObserver(schedule);
		resized.observe(table);
		window.addEventListener('scroll', schedule, { passive: true });
		window.addEventListener('resize', schedule, { passive: true });
		window.addEventListener('beforeprint', before);
		window.addEventListener('afterprint', after);
		print.addEventListener('change', printing);
		table.addEventListener('focusin', focusin);
		table.addEventListener('focusout', focusout);
		this.#schedule = schedule;
		hydrated = true;
		// Measured on the next frame, never while the new rows are being made (no forced layout).
		schedule();
		return () => {
			this.#schedule = null;
			if (frame) cancelAnimationFrame(frame);
			resized.disconnect();
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', schedule);
			window.removeEventListener('beforeprint', before);
			window.removeEventListener('afterprint', after);
			print.removeEventListener('change', printing);
			table.removeEventListener('focusin', focusin);
			table.removeEventListener('focusout', focusout);
			this.#live = false;
		};
	};
}
