/**
 * Message text with a little markup, so a sentence with a link or an emphasis stays one
 * message in each language: **strong**, `code`, [words](link). Parsed into plain runs that
 * a component renders as elements; nothing is ever injected as HTML.
 */
export type Run =
	{ kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'link'; text: string; link: string };

const MARK = /\*\*(.+?)\*\*|`(.+?)`|\[(.+?)\]\(([\w-]+)\)/g;

export function richRuns(text: string): Run[] {
	const runs: Run[] = [];
	let last = 0;
	for (const m of text.matchAll(MARK)) {
		if (m.index > last) runs.push({ kind: 'text', text: text.slice(last, m.index) });
		if (m[1] !== undefined) runs.push({ kind: 'strong', text: m[1] });
		else if (m[2] !== undefined) runs.push({ kind: 'code', text: m[2] });
		else runs.push({ kind: 'link', text: m[3]!, link: m[4]! });
		last = m.index + m[0].length;
	}
	if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
	return runs;
}
