/**
 * A source text cut into runs at every quote boundary, so each quoted passage can be
 * highlighted and anchored even where quotes overlap.
 */
export interface Span {
	anchor: string;
	start: number;
	end: number;
}

export interface Run {
	text: string;
	/** Quotes covering this run. */
	covered: string[];
	/** Anchors that start at this run. */
	anchors: string[];
}

export function runsOf(text: string, offset: number, spans: readonly Span[]): Run[] {
	const cuts = new Set<number>([0, text.length]);
	const local = spans
		.map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }))
		.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
	for (const s of local) {
		cuts.add(s.start);
		cuts.add(s.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: Run[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const a = points[i]!;
		const b = points[i + 1]!;
		runs.push({
			text: text.slice(a, b),
			covered: local.filter((s) => s.start <= a && s.end >= b).map((s) => s.anchor),
			anchors: local.filter((s) => s.start === a).map((s) => s.anchor)
		});
	}
	return runs;
}
