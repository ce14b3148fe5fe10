/**
 * Message tables and the t() that reads one. A message is the same text in Chinese and
 * English; one with parameters is a pair of functions of the same parameters. Any table
 * gets a typed t() from `translator`: the site's is in messages.ts, and a tool of its own
 * can keep its table in a file beside it.
 */
import type { Lang } from '../format/locale.ts';

export type { Lang };

export type Message =
	{ zh: string; en: string } | { zh: (params: never) => string; en: (params: never) => string };

export type Messages = Record<string, Message>;

/** A message with parameters: both languages take the same ones. */
export const withParams = <P>(zh: (p: P) => string, en: (p: P) => string) => ({ zh, en });

type ParamsOf<M> = M extends { zh: (params: infer P) => string } ? [params: P] : [];

export function translator<M extends Messages>(table: M) {
	return function t<K extends keyof M & string>(
		key: K,
		lang: Lang,
		...params: ParamsOf<M[K]>
	): string {
		const text = table[key]![lang] as string | ((p: unknown) => string);
		return typeof text === 'function' ? text(params[0]) : text;
	};
}
