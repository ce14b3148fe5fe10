/** The pages step's arithmetic: a page and its data file are one page; a route's CPU estimate. */
import { expect, test } from 'vitest';
import { costsOf, spread } from '../../../scripts/bench/lib/page-costs.ts';

test('a page and its data file count as one page, and a route costs its mean CPU time times its pages', () => {
	const { routes, estimateMs } = costsOf(
		[
			{ route: '/', page: '/', ms: 900, cpuMs: 800, bytes: 10 },
			{ route: '/county/[code]', page: '/county/1', ms: 100, cpuMs: 90, bytes: 50 },
			{ route: '/county/[code]', page: '/county/1/__data.json', ms: 20, cpuMs: 10, bytes: 5 },
			{ route: '/county/[code]', page: '/county/2', ms: 300, cpuMs: 200, bytes: 70 }
		],
		{ '/': 1, '/county/[code]': 10, '/city/[code]': 3 }
	);
	expect(routes).toEqual([
		{
			route: '/',
			pages: 1,
			sampled: 1,
			meanMs: 900,
			p95Ms: 900,
			meanCpuMs: 800,
			meanBytes: 10,
			estimateMs: 800
		},
		{
			route: '/county/[code]',
			pages: 10,
			sampled: 2,
			meanMs: 210,
			p95Ms: 300,
			meanCpuMs: 150,
			meanBytes: 63,
			estimateMs: 1500
		}
	]);
	expect(estimateMs).toBe(2300);
});

test('a sample is spread over the whole list, the first included', () => {
	const list = Array.from({ length: 100 }, (_, i) => i);
	expect(spread(list, 4)).toEqual([0, 25, 50, 75]);
	expect(spread(list.slice(0, 3), 4)).toEqual([0, 1, 2]);
});
