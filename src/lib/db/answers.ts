/**
 * The precomputed answers' files (contract/answers.ts) fetched from the site itself, each
 * once per visit. A failed fetch is forgotten, so the next view asks again; the caller
 * falls back to the engine.
 */
import { asset } from '$app/paths';
import { unpackRows, type PackedRows } from '../contract/answers.ts';

const files = new Map<string, Promise<unknown[]>>();

async function fetchRows(path: string): Promise<unknown[]> {
	const res = await fetch(asset(`/data/${path}`), { credentials: 'same-origin' });
	if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
	return unpackRows((await res.json()) as PackedRows);
}

/** The rows of one precomputed file (a LoadRows for queries/precomputed.ts). */
export function answerRows<Row>(path: string): Promise<Row[]> {
	let rows = files.get(path);
	if (!rows) {
		rows = fetchRows(path);
		files.set(path, rows);
		rows.catch(() => files.delete(path));
	}
	return rows as Promise<Row[]>;
}
