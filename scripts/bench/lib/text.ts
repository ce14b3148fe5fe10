/**
 * Generated source texts with the noise of the real PDF conversions (see data/sources/):
 * sentences hard-wrapped across lines, sometimes with blank lines between, spaces around
 * numbers, full- and half-width punctuation mixed. A record's quote is written in another
 * rendering of the same sentence, so quotes are found only through the same tolerance
 * (src/lib/domain/quotes.ts) the real records need.
 */
import type { Basis, Qualifier } from '../../../src/lib/domain/schema.ts';
import type { Rng } from './prng.ts';

export interface Figure {
	metric: string;
	year: number;
	value: number;
	qualifier: Qualifier;
	basis: Basis;
	/** The number as written; must occur verbatim in its clause. */
	figure: string;
	scope?: 'department';
}

/** A quoted clause: its text (full-width punctuation, as in the source) and its figures. */
export interface Clause {
	text: string;
	figures: Figure[];
}

export interface StatedFact extends Figure {
	quote: string;
}

export interface ScoreLine {
	text: string;
	section: string;
	group: string | null;
	indicator: string;
	max: number;
	points: number;
}

export const clause = (text: string, ...figures: Figure[]): Clause => {
	for (const f of figures)
		if (!text.includes(f.figure)) throw new Error(`“${f.figure}” is not in “${text}”`);
	return { text, figures };
};

type Layout = 'flowing' | 'wrapped' | 'spaced';

const NUMBER = /\d[\d,.]*%?/g;

/** How the report's own text renders a sentence: spaces around some numbers, mixed commas. */
function sourceForm(text: string, rng: Rng): string {
	const spaced = rng.chance(0.5) ? text.replace(NUMBER, (n) => ` ${n} `) : text;
	return rng.chance(0.2) ? spaced.replace(/，/g, ', ') : spaced;
}

/** How a person copies it into a record: half-width punctuation, spaces around numbers. */
export function quoteForm(text: string, rng: Rng): string {
	let q = text;
	if (rng.chance(0.6)) q = q.replace(/，/g, ', ').replace(/；/g, '; ').replace(/：/g, ': ');
	if (rng.chance(0.5)) q = q.replace(/（/g, ' (').replace(/）/g, ') ');
	if (rng.chance(0.5)) q = q.replace(NUMBER, (n) => ` ${n} `);
	return q
		.replace(/ +/g, ' ')
		.replace(/ ([,;:)])/g, '$1')
		.trim();
}

export class SourceText {
	readonly lines: string[] = [];
	readonly facts: StatedFact[] = [];
	private readonly layout: Layout;
	private readonly width: number;

	constructor(private readonly rng: Rng) {
		this.layout = rng.pick(['flowing', 'wrapped', 'spaced'] as const);
		this.width = rng.int(28, 42);
	}

	/** The 1-based number of the next line to be written. */
	get nextLine(): number {
		return this.lines.length + 1;
	}

	blank(): void {
		this.lines.push('');
	}

	/** A heading or short line, never wrapped. */
	line(text: string): void {
		this.lines.push(sourceForm(text, this.rng));
		if (this.layout !== 'wrapped') this.blank();
	}

	/** A paragraph of clauses and plain text; quoted clauses become facts. */
	paragraph(parts: (Clause | string)[]): void {
		let text = '';
		for (const part of parts) {
			if (typeof part === 'string') text += part;
			else {
				text += part.text;
				const quote = quoteForm(part.text, this.rng);
				for (const f of part.figures) this.facts.push({ ...f, quote });
			}
		}
		this.wrap(sourceForm(text, this.rng));
	}

	/** A scored indicator's line; returns its quote. */
	scoreLine(text: string): string {
		this.wrap(sourceForm(text, this.rng));
		return quoteForm(text, this.rng);
	}

	private wrap(text: string): void {
		if (this.layout === 'flowing') {
			this.lines.push(text, '');
			return;
		}
		for (let at = 0; at < text.length; at += this.width) {
			this.lines.push(text.slice(at, at + this.width));
			if (this.layout === 'spaced') this.blank();
		}
		if (this.layout === 'wrapped') this.blank();
	}

	toString(): string {
		return this.lines.join('\n') + '\n';
	}
}
