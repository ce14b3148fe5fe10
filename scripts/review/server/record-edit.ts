/**
 * A reviewed record saved over in place: the new values go into the file's own YAML
 * document, so what a person wrote around them (section comments, notes, quoting) stays.
 * Figures are matched old to new by longest common subsequence: unchanged ones keep their
 * node, an edited one keeps its node with the changed keys set, a deleted one goes (its
 * leading comment moves to the next figure), an added one is inserted where it stands.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EvaluationRecord } from '../../../src/lib/domain/schema.ts';

type Op = { keep: number; to: number } | { del: number } | { add: number };

function align(a: string[], b: string[]): Op[] {
	const n = a.length;
	const m = b.length;
	const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i]![j] =
				a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const ops: Op[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && a[i] === b[j]) ops.push({ keep: i++, to: j++ });
		else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push({ add: j++ });
		else ops.push({ del: i++ });
	}
	return ops;
}

function setChanged(doc: Document, node: YAMLMap, before: object, after: object): void {
	const was = before as Record<string, unknown>;
	const now = after as Record<string, unknown>;
	for (const key of Object.keys(was)) if (!(key in now)) node.delete(key);
	for (const [key, value] of Object.entries(now)) {
		if (JSON.stringify(was[key]) !== JSON.stringify(value)) node.set(key, doc.createNode(value));
	}
}

function editList(doc: Document, seq: YAMLSeq, before: object[], after: object[]): void {
	const json = (o: object) => JSON.stringify(o);
	const ops = align(before.map(json), after.map(json));
	const out: unknown[] = [];
	let orphanComment: string | undefined;
	for (let k = 0; k < ops.length; k++) {
		const op = ops[k]!;
		const nextOp = ops[k + 1];
		let node: unknown;
		if ('keep' in op) node = seq.items[op.keep];
		else if ('del' in op && nextOp && 'add' in nextOp) {
			// A deletion followed by an addition at the same place is an edit of that figure.
			const old = seq.items[op.del];
			if (isMap(old)) setChanged(doc, old, before[op.del]!, after[nextOp.add]!);
			node = isMap(old) ? old : doc.createNode(after[nextOp.add]);
			k++;
		} else if ('add' in op) node = doc.createNode(after[op.add]);
		else {
			const gone = seq.items[op.del] as { commentBefore?: string } | undefined;
			if (gone?.commentBefore) orphanComment = gone.commentBefore;
			continue;
		}
		const n = node as { commentBefore?: string };
		if (orphanComment) {
			n.commentBefore = n.commentBefore ? `${orphanComment}\n${n.commentBefore}` : orphanComment;
			orphanComment = undefined;
		}
		out.push(node);
	}
	seq.items = out;
}

const LISTS = ['facts', 'scores', 'subtotals'] as const;

/** The record file's text with `next`'s values, keeping everything else as written. */
export function editRecordYaml(text: string, before: EvaluationRecord, next: EvaluationRecord) {
	const doc = parseDocument(text);
	if (!isMap(doc.contents)) throw new Error('the record file does not hold a mapping');
	const root = doc.contents as YAMLMap<unknown, unknown>;
	for (const [key, value] of Object.entries(next)) {
		if ((LISTS as readonly string[]).includes(key)) continue;
		const was = (before as Record<string, unknown>)[key];
		if (JSON.stringify(was) === JSON.stringify(value)) continue;
		const node = root.get(key, true);
		if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
			setChanged(doc, node, was as object, value);
		} else root.set(key, doc.createNode(value));
	}
	for (const list of LISTS) {
		const seq = root.get(list, true);
		if (isSeq(seq)) editList(doc, seq, before[list], next[list]);
		else root.set(list, doc.createNode(next[list]));
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
