/**
 * Footnote numbering for a page: every stated value shown gets a number, in the order it
 * first appears, and the footnote lists each sentence that states it.
 */
import type { Stated, StatedValue } from '../queries/stated.ts';

export interface Footnote {
	n: number;
	id: string;
	stated: Stated;
	value: StatedValue;
}

export class FootnoteRegistry {
	readonly list: Footnote[] = [];
	readonly #byKey = new Map<string, Footnote>();

	constructor(readonly prefix: string) {}

	/** The footnote for a stated value, numbered on first use. */
	note(stated: Stated, index = 0): Footnote {
		const key = `${stated.key}|${index}`;
		let fn = this.#byKey.get(key);
		if (!fn) {
			fn = {
				n: this.list.length + 1,
				id: `${this.prefix}-fn${this.list.length + 1}`,
				stated,
				value: stated.values[index]!
			};
			this.list.push(fn);
			this.#byKey.set(key, fn);
		}
		return fn;
	}

	all(stated: Stated): Footnote[] {
		return stated.values.map((_, i) => this.note(stated, i));
	}
}

/** The anchor of a fact on its source page: fact id "440281-2023#f3" → "f3". */
export function factAnchor(factId: string): string {
	return factId.slice(factId.lastIndexOf('#') + 1);
}

/** Numbers a county's footnotes in the order its section shows them. */
export function countyNotes(
	model: {
		glance: Stated[];
		projects: { stated: Stated[] }[];
		trends: { rows: { cells: Record<string, Stated | null> }[]; spec: { metrics: string[] } }[];
	},
	prefix: string
): FootnoteRegistry {
	const notes = new FootnoteRegistry(prefix);
	for (const s of model.glance) notes.all(s);
	for (const p of model.projects) for (const s of p.stated) notes.all(s);
	for (const t of model.trends)
		for (const r of t.rows)
			for (const m of t.spec.metrics) {
				const c = r.cells[m];
				if (c) notes.all(c);
			}
	return notes;
}
