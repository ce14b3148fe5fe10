/**
 * A file may hold several reports (新丰 filed three project reports in one). A new
 * report starts at a title line (…自评报告) once the one before has a body, or at a
 * repeated 项目名称 when the reports carry no titles; an 附件 N line just above a title
 * belongs to the report it announces.
 */
import type { CleanText } from './clean.ts';
import { plain } from './label.ts';
import { findTitle } from './meta.ts';

export interface Part {
	/** Clean offsets. */
	from: number;
	to: number;
	/** 1-based original lines, inclusive. */
	lines: [number, number];
}

const MIN_BODY_LINES = 8;

export function splitReports(clean: CleanText): Part[] {
	const lines = clean.lines;
	const texts = lines.map((l) => plain(clean.text.slice(l.start, l.end)));
	const isTitle = (i: number) => findTitle([texts[i]!]) !== null && texts[i]!.length <= 70;
	const isProject = (i: number) => /^项目名称:/.test(texts[i]!);
	let starts = lines.map((_, i) => i).filter(isTitle);
	if (starts.length <= 1) {
		const projects = lines.map((_, i) => i).filter(isProject);
		if (projects.length > 1) starts = projects;
	}
	const kept: number[] = [];
	for (const s of starts) {
		const prev = kept[kept.length - 1];
		if (prev === undefined || s - prev >= MIN_BODY_LINES) kept.push(s);
	}
	const begin = kept.map((s, k) => {
		if (k === 0) return 0;
		let b = s;
		for (let back = 1; back <= 3 && s - back > kept[k - 1]!; back++) {
			if (/^附件\d*$|^附表\d*$/.test(texts[s - back]!)) b = s - back;
		}
		return b;
	});
	if (begin.length === 0) begin.push(0);
	return begin.map((b, k) => {
		const e = k + 1 < begin.length ? begin[k + 1]! - 1 : lines.length - 1;
		return {
			from: lines[b]!.start,
			to: lines[e]!.end,
			lines: [lines[b]!.number, lines[e]!.number] as [number, number]
		};
	});
}
