/**
 * What each prerendered page cost, for the benchmark (scripts/bench/lib/page-costs.ts): with
 * YARDSTICK_PAGE_TIMES naming a file, one JSON line per page (its route, path, milliseconds
 * from request to response, and bytes of the response).
 * Without it the hook does nothing.
 */
import { appendFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';

const FILE = process.env.YARDSTICK_PAGE_TIMES;

export interface PageTime {
	route: string;
	page: string;
	ms: number;
	bytes: number;
}

export const timePage: Handle = async ({ event, resolve }) => {
	if (!FILE) return resolve(event);
	const started = performance.now();
	const response = await resolve(event);
	const body = await response.clone().arrayBuffer();
	const line: PageTime = {
		route: event.route.id ?? '',
		page: decodeURI(event.url.pathname),
		ms: Math.round(performance.now() - started),
		bytes: body.byteLength
	};
	appendFileSync(FILE, `${JSON.stringify(line)}\n`);
	return response;
};
