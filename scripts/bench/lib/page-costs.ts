/**
 * What each kind of page costs to prerender (`npm run bench -- --steps pages [--sample N]`),
 * for a preset whose every page would take hours: up to N pages of each route, spread over
 * its entries, prerendered one at a time (so each page's time is its own, see
 * src/lib/server/page-times.ts) into bench-results/site-<preset>-pages/. Per route: its pages
 * in a full build, the sampled pages' mean and p95 wall time, mean CPU time and bytes, and
 * mean CPU × pages, the CPU time the whole route takes; their sum estimates a whole build's
 * prerendering. CPU time, because a busy shared machine stretches wall times from one run to
 * the next. The real build renders 4 pages at once and adds bundling and compression;
 * `--steps build` measures it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeRunner } from '../../../src/lib/db/node.server.ts';
import { pathOf, ROUTE_ENTRIES } from '../../../src/lib/queries/entries.ts';
import type { PageTime } from '../../../src/lib/server/page-times.ts';
import type { PresetName } from './presets.ts';
import { percentile } from './site.ts';
import { siteInputs, viteBuild } from './site-build.ts';

/** The pages without parameters; `/` first, as it waits for the tables to load. */
const FIXED = ['/', '/about', '/data', '/compare', '/matrix', '/coverage', '/audit', '/status'];

export interface RouteCost {
	route: string;
	/** Pages of the route in a full build, and how many were rendered here. */
	pages: number;
	sampled: number;
	meanMs: number;
	p95Ms: number;
	meanCpuMs: number;
	meanBytes: number;
	/** meanCpuMs × pages: the CPU time of the whole route. */
	estimateMs: number;
}

export interface PageCostResult {
	preset: PresetName;
	sample: number;
	routes: RouteCost[];
	/** Every route's estimate added: the CPU time of a full build's prerendering. */
	estimateMs: number;
	pages: number;
}

/** Every page of each dynamic route, as the routes' entries list them. */
async function entries(dataDir: string): Promise<Record<string, string[]>> {
	const node = nodeRunner(dataDir);
	try {
		const out: Record<string, string[]> = {};
		for (const [route, list] of Object.entries(ROUTE_ENTRIES))
			out[route] = (await list(node.run)).map((params) => pathOf(route, params));
		return out;
	} finally {
		await node.close();
	}
}

/** Up to n of the list, evenly spread, first included. */
export function spread<T>(list: readonly T[], n: number): T[] {
	if (list.length <= n) return [...list];
	return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);
}

/** Each page's lines: its HTML and its data file (__data.json) count as one page. */
export function costsOf(
	lines: readonly PageTime[],
	pages: Record<string, number>
): { routes: RouteCost[]; estimateMs: number } {
	const byPage = new Map<string, { route: string; ms: number; cpuMs: number; bytes: number }>();
	for (const l of lines) {
		const page = l.page.replace(/\/__data\.json$/, '') || '/';
		const p = byPage.get(page) ?? { route: l.route, ms: 0, cpuMs: 0, bytes: 0 };
		p.ms += l.ms;
		p.cpuMs += l.cpuMs;
		p.bytes += l.bytes;
		byPage.set(page, p);
	}
	const routes: RouteCost[] = [];
	for (const [route, count] of Object.entries(pages)) {
		const own = [...byPage.values()].filter((p) => p.route === route);
		if (!own.length) continue;
		const mean = (f: (p: (typeof own)[number]) => number) =>
			own.reduce((a, p) => a + f(p), 0) / own.length;
		const meanCpuMs = mean((p) => p.cpuMs);
		routes.push({
			route,
			pages: count,
			sampled: own.length,
			meanMs: Math.round(mean((p) => p.ms)),
			p95Ms: percentile(
				own.map((p) => p.ms),
				95
			),
			meanCpuMs: Math.round(meanCpuMs),
			meanBytes: Math.round(mean((p) => p.bytes)),
			estimateMs: Math.round(meanCpuMs * count)
		});
	}
	return { routes, estimateMs: routes.reduce((a, r) => a + r.estimateMs, 0) };
}

export async function benchPageCosts(
	root: string,
	preset: PresetName,
	sample: number,
	log: (s: string) => void
): Promise<PageCostResult> {
	const out = join(root, 'bench-results', `out-${preset}`);
	const dir = join(root, 'bench-results', `site-${preset}-pages`);
	const times = join(root, 'bench-results', `page-times-${preset}.jsonl`);
	rmSync(dir, { recursive: true, force: true });
	rmSync(times, { force: true });
	const all = await entries(out);
	const chosen = [...FIXED, ...Object.values(all).flatMap((list) => spread(list, sample))];
	const inputs = siteInputs(root, preset, out, dir);
	try {
		await viteBuild(
			root,
			{
				...inputs.env,
				YARDSTICK_PRERENDER: chosen.join(','),
				YARDSTICK_PRERENDER_CONCURRENCY: '1',
				YARDSTICK_PAGE_TIMES: times,
				YARDSTICK_PRECOMPRESS: 'off'
			},
			'site build (pages step)'
		);
	} finally {
		rmSync(inputs.assets, { recursive: true, force: true });
	}
	const lines = readFileSync(times, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((l) => JSON.parse(l) as PageTime);
	const pages: Record<string, number> = Object.fromEntries(FIXED.map((p) => [p, 1]));
	for (const [route, list] of Object.entries(all)) pages[route] = list.length;
	// A fixed page's route is named by its path: a route of one page.
	const { routes, estimateMs } = costsOf(lines, pages);
	const total = Object.values(pages).reduce((a, b) => a + b, 0);
	log(
		`  ${chosen.length} of ${total} pages rendered one at a time; all of them: ` +
			`~${(estimateMs / 60_000).toFixed(1)} min of CPU`
	);
	return { preset, sample, routes, estimateMs, pages: total };
}
