/**
 * Which answers a dashboard's change: the precomputed rows (queries/precomputed.ts) until
 * the engine holds the tables the view needs, then the engine, which needs nothing more
 * from the network. The engine also answers whatever the precomputed rows cannot (a file
 * that is not there, a fetch that failed). Both are shaped by the same functions, so the
 * reader sees the same figures either way.
 */
import type { TableName } from '../contract/tables.ts';
import { engineHolds, type Provinces } from '../db/client.ts';
import type { AnsweredBy } from './live.svelte.ts';

export interface WarmSources<T> {
	/** The provinces and tables the engine needs for the view. */
	provinces: Provinces;
	tables: readonly TableName[];
	precomputed: () => Promise<T>;
	engine: () => Promise<T>;
	/** Told who is answering (LiveView.ask's `note`): the last word is who answered. */
	note: (by: AnsweredBy) => void;
}

export async function warmAnswer<T>(s: WarmSources<T>): Promise<T> {
	if (!engineHolds(s.provinces, s.tables))
		try {
			s.note('precomputed');
			return await s.precomputed();
		} catch {
			// The engine answers instead; it reports its own failures.
		}
	s.note('engine');
	return s.engine();
}
