/**
 * What each prerendered page cost, for the benchmark (scripts/bench/lib/page-costs.ts): with
 * YARDSTICK_PAGE_TIMES naming a file, one JSON line per page (its route, path, milliseconds
 * from request to response, the process's CPU milliseconds meanwhile, DuckDB's threads
 * included, and bytes of the response). Rendered one page at a time, the CPU time is the
 * page's own, and a busy machine stretches it far less than the wall time.
 * Without it the hook does nothing.
 */
import { appendFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';

const FILE = process.env.YARDSTICK_PAGE_TIMES;

export interface PageTime {
	route: string;
	page: string;
	ms: number;
	cpuMs: number;
	bytes: number;
}

export const timePage: Handle = async ({ event, resolve }) => {
	if (!FILE) return resolve(event);
	const started = performance.now();
	const cpu = process.cpuUsage();
	const response = await resolve(event);
	const body = await response.clone().arrayBuffer();
	const used = process.cpuUsage(cpu);
	const line: PageTime = {
		route: event.route.id ?? '',
		page: decodeURI(event.url.pathname),
		ms: Math.round(performance.now() - started),
		cpuMs: Math.round((used.user + used.system) / 1000),
		bytes: body.byteLength
	};
	appendFileSync(FILE, `${JSON.stringify(line)}\n`);
	return response;
};
