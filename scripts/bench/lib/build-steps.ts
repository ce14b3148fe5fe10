/**
 * The steps that prerender the whole site: `build` (every page, cold and after one report
 * changed) and `pages` (a sample of each route, one page at a time).
 */
import { benchFullSite, type FullSiteResult } from './full-site.ts';
import { benchPageCosts, type PageCostResult } from './page-costs.ts';
import { kb, mb, s1, table } from './print.ts';
import { dataFirst, ROOT, type Step } from './step.ts';

export const buildStep: Step<FullSiteResult> = {
	describe: 'every page of the site over the preset: cold, then with one report changed',
	async run(preset, opts) {
		await dataFirst(preset, opts, ['data', 'site']);
		return benchFullSite(ROOT, preset, opts.log);
	},
	print(results) {
		const at = (ms: number | null) => s1(ms);
		table(
			[
				'preset',
				'build',
				'pages',
				'wall s',
				'CPU s',
				'peak MB',
				'client at',
				'prerendered at',
				'copied at',
				'compressed at',
				'compressed',
				'reused',
				'rendered',
				'kept'
			],
			results.flatMap((r) =>
				(
					[
						['cold', r.cold],
						['1 report changed', r.changed.site]
					] as const
				).map(([kind, b]) => [
					r.preset,
					kind,
					r.pages,
					s1(b.wallMs),
					s1(b.cpuMs),
					mb(b.peakRssBytes),
					at(b.phases.bundles),
					at(b.phases.prerender),
					at(b.phases.copy),
					at(b.phases.compress),
					b.compressed ?? '?',
					b.reused ?? '?',
					b.rendered ?? '?',
					b.kept ?? '?'
				])
			)
		);
		for (const r of results)
			console.log(
				`${r.preset}: pages per route ${Object.entries(r.routes)
					.map(([k, n]) => `${k} ${n}`)
					.join(
						', '
					)}; data rebuilt in ${s1(r.changed.dataMs)} s after ${r.changed.report} changed\n`
			);
	}
};

export const pagesStep: Step<PageCostResult> = {
	describe: 'what each route costs to prerender: a sample of its pages, one at a time',
	async run(preset, opts) {
		await dataFirst(preset, opts, ['data', 'site', 'build']);
		return benchPageCosts(ROOT, preset, opts.sample, opts.log);
	},
	print(results) {
		table(
			[
				'preset',
				'route',
				'pages',
				'sampled',
				'mean ms',
				'p95 ms',
				'CPU ms',
				'mean KB',
				'route CPU s'
			],
			results.flatMap((r) => [
				...r.routes.map((c) => [
					r.preset,
					c.route,
					c.pages,
					c.sampled,
					c.meanMs,
					c.p95Ms,
					c.meanCpuMs,
					kb(c.meanBytes),
					s1(c.estimateMs)
				]),
				[r.preset, 'all', r.pages, '', '', '', '', '', s1(r.estimateMs)]
			])
		);
	}
};
