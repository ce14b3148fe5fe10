/**
 * Adding a county (and its city, and province, when they are missing) to
 * data/regions.yaml the way a person would: each entry is inserted as a new line in
 * code order, in the style of its neighbours, and every other byte of the file (its
 * comments, its order, its quoting) stays as written. Pure: text in, text out.
 */
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { regionsFileSchema, type Region } from '../../../src/lib/domain/schema.ts';
import type { Division } from '../../lib/divisions.ts';

/**
 * The entries a county needs: itself and every ancestor not yet listed, from the division
 * dataset. Null when the code is not a county-level division there: never guessed.
 */
export function entriesFor(
	code: string,
	listed: readonly Region[],
	all: ReadonlyMap<string, Division>
): Region[] | null {
	const county = all.get(code);
	if (!county || county.level !== 'county') return null;
	const out: Region[] = [];
	for (let at: Division | undefined = county; at; at = at.parent ? all.get(at.parent) : undefined) {
		if (listed.some((r) => r.code === at!.code)) break;
		out.unshift({
			code: at.code,
			name: at.name,
			level: at.level,
			...(at.parent ? { parent: at.parent } : {})
		});
	}
	return out;
}

const codeOf = (item: YAMLMap) => String(item.get('code'));

function entryText(prefix: string, quote: string, flow: boolean, e: Region): string {
	const q = (s: string) => `${quote}${s}${quote}`;
	if (flow) {
		const parent = e.parent ? `, parent: ${q(e.parent)}` : '';
		return `${prefix}{ code: ${q(e.code)}, name: ${e.name}, level: ${e.level}${parent} }\n`;
	}
	const pad = ' '.repeat(prefix.length);
	const lines = [`${prefix}code: ${q(e.code)}`, `${pad}name: ${e.name}`, `${pad}level: ${e.level}`];
	if (e.parent) lines.push(`${pad}parent: ${q(e.parent)}`);
	return lines.join('\n') + '\n';
}

export function addRegions(text: string, entries: readonly Region[]): string {
	if (entries.length === 0) return text;
	const doc = parseDocument(text);
	const seq = doc.get('regions', true);
	const items = isSeq(seq) ? seq.items.filter(isMap) : [];
	const last = items.at(-1);
	if (!last?.range) throw new Error('data/regions.yaml: no `regions:` list to add to');
	const before = regionsFileSchema.parse(doc.toJS()).regions;

	const inserts = new Map<number, string>();
	for (const e of [...entries].sort((a, b) => a.code.localeCompare(b.code))) {
		if (before.some((r) => r.code === e.code)) continue;
		const next = items.find((it) => codeOf(it) > e.code);
		const model = next ?? last;
		const start = model.range![0];
		const lineStart = text.lastIndexOf('\n', start - 1) + 1;
		const code = model.get('code', true);
		const quote = isScalar(code) && code.type === 'QUOTE_DOUBLE' ? '"' : "'";
		// After the last entry: at the end of the line its value ends on.
		const eol = text.indexOf('\n', last.range![1] - 1);
		const at = next ? lineStart : eol === -1 ? text.length : eol + 1;
		const lead = !next && eol === -1 ? '\n' : '';
		const line = entryText(text.slice(lineStart, start), quote, model.flow === true, e);
		inserts.set(at, (inserts.get(at) ?? lead) + line);
	}
	let out = text;
	for (const at of [...inserts.keys()].sort((a, b) => b - a)) {
		out = out.slice(0, at) + inserts.get(at)! + out.slice(at);
	}

	const after = regionsFileSchema.parse(parseDocument(out).toJS()).regions;
	const kept = after.filter((r) => before.some((b) => b.code === r.code)).map((r) => r.code);
	const added = after.filter((r) => !before.some((b) => b.code === r.code)).map((r) => r.code);
	const wanted = entries.map((e) => e.code).filter((c) => !before.some((b) => b.code === c));
	if (
		kept.join() !== before.map((r) => r.code).join() ||
		added.sort().join() !== [...new Set(wanted)].sort().join()
	) {
		throw new Error('data/regions.yaml: adding the entries would change other entries');
	}
	return out;
}
