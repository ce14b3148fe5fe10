/**
 * What a prerendered page read: every query's answer and every file, each by a hash of its
 * content. With the code's version these are all a page's inputs, so a page whose inputs
 * hash the same renders the same bytes, and the build keeps it (src/lib/server/incremental.ts).
 * Pages read only through `run` and `readInput` (node.server.ts), which note what they read.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Param } from './sql.ts';

/** A query read: its SQL, its parameters, the hash of its answer. */
export type QueryInput = [sql: string, params: readonly Param[], hash: string];
/** A file read: `<root>:<path>` (roots in node.server.ts), the hash of its bytes or ABSENT. */
export type FileInput = [file: string, hash: string];

export interface PageInputs {
	queries: QueryInput[];
	files: FileInput[];
}

export const ABSENT = 'absent';

export const hashOf = (data: string | Uint8Array): string =>
	createHash('sha256').update(data).digest('base64url');

interface Reading {
	queries: Map<string, QueryInput>;
	files: Map<string, FileInput>;
}

const reading = new AsyncLocalStorage<Reading>();

/** Runs `fn` and gives what it read along with its result. */
export async function readingInputs<T>(fn: () => T | Promise<T>): Promise<[T, PageInputs]> {
	const store: Reading = { queries: new Map(), files: new Map() };
	const result = await reading.run(store, fn);
	return [result, { queries: [...store.queries.values()], files: [...store.files.values()] }];
}

/** Where a query's read is noted: the page being read for when it was asked, if any. */
export function queryNoter(key: string, sql: string, params: readonly Param[]) {
	const store = reading.getStore();
	return store ? (hash: string) => store.queries.set(key, [sql, params, hash]) : null;
}

export function noteFile(file: string, hash: string): void {
	reading.getStore()?.files.set(file, [file, hash]);
}
