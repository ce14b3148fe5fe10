/**
 * The bench's steps (run.ts runs them per preset): each measures, returns a JSON-able
 * result for bench.json, and prints its table. To add a step, add an entry to STEPS.
 */
import { resolve } from 'node:path';
import { TABLES, tablePath } from '../../../src/lib/contract/tables.ts';
import { benchDataBuild, type DataResult } from './data-step.ts';
import { benchFullSite, type FullSiteResult } from './full-site.ts';
import { SMALL_GROUP } from './layout.ts';
import { benchSite, type SiteResult } from './site-step.ts';
import type { PresetName } from './presets.ts';
import { kb, mb, s1, table } from './print.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface StepOptions {
	/** Every step of this run: a step builds the data itself when no earlier step does. */
	steps: readonly string[];
	seed: number;
	/** Warm data builds after the cold one. */
	runs: number;
	/** Cold page loads per measurement, and changes per interactive page. */
	loads: number;
	interactions: number;
	layout: boolean;
	log: (s: string) => void;
}

export interface Step<R> {
	describe: string;
	run(preset: PresetName, opts: StepOptions): Promise<R>;
	print(results: R[]): void;
}

const dataStep: Step<DataResult> = {
	describe: 'npm run data: wall, CPU, peak RSS, phases; output sizes; single-province layout',
	run: (preset, opts) => benchDataBuild(ROOT, preset, opts),
	print(results) {
		const phaseNames = [
			'load+verify',
			'audit',
			'tables',
			'parquet',
			'downloads',
			'answers',
			'publish'
		];
		table(
			[
				'preset',
				'build',
				'reports',
				'facts',
				'findings',
				'wall s',
				'CPU s',
				'peak MB',
				...phaseNames
			],
			results.flatMap((r) =>
				(['cold', 'warm'] as const).flatMap((kind) => {
					const run = r[kind];
					if (!run) return [];
					return [
						[
							r.preset,
							kind,
							r.reports,
							r.facts,
							r.findings,
							s1(run.wallMs),
							s1(run.cpuMs),
							mb(run.peakRssBytes),
							...phaseNames.map((p) => s1(run.phases[p]?.ms ?? null))
						]
					];
				})
			)
		);
		const national = new Set<string>(TABLES.map(tablePath));
		const names = [...new Set(results.flatMap((r) => Object.keys(r.files)))].filter((f) =>
			national.has(f)
		);
		table(
			['file', ...results.flatMap((r) => [`${r.preset} rows`, `${r.preset} MB`])],
			names.map((f) => [
				f,
				...results.flatMap((r) => [r.files[f]?.rows ?? '', mb(r.files[f]?.bytes ?? null)])
			])
		);
		for (const r of results) {
			if (!r.layout) continue;
			const p = r.layout.province;
			console.log(
				`${r.preset}: largest province ${p.name} (${p.code}), ${p.counties} counties, ` +
					`${p.factRows} fact rows = ${(100 * p.factShare).toFixed(1)}% of facts; MB a range reader fetches:`
			);
			table(
				[
					'table',
					'rows',
					'file MB',
					'groups',
					'prov rows',
					'as built',
					`${SMALL_GROUP} rg`,
					'lean',
					'own file'
				],
				r.layout.tables.map((t) => [
					t.table,
					t.rows,
					mb(t.bytes),
					t.rowGroups,
					t.provinceRows,
					mb(t.asBuiltBytes),
					mb(t.smallGroupsBytes),
					t.smallGroupsLeanBytes === undefined ? '' : mb(t.smallGroupsLeanBytes),
					mb(t.perProvinceFileBytes)
				])
			);
		}
	}
};

const siteStep: Step<SiteResult> = {
	describe: 'the site over the preset: public page, dashboard cold, interactions (Chromium)',
	async run(preset, opts) {
		// The site is built over this run's data: without the data step, build it first.
		if (!opts.steps.includes('data')) {
			opts.log('  data build first (--steps has no data)');
			await benchDataBuild(ROOT, preset, { ...opts, runs: 0, layout: false });
		}
		return benchSite(ROOT, preset, {
			runs: opts.loads,
			interactions: opts.interactions,
			log: opts.log
		});
	},
	print(results) {
		table(
			['preset', 'pages', 'of', 'build s', 'page', 'KB', 'HTML KB', 'JS KB', 'requests', 'FCP ms'],
			results.flatMap((r) =>
				(['home', 'city', 'brief', 'coverage'] as const).map((which) => {
					const l = r.public[which];
					return [
						r.preset,
						r.build.pages,
						r.build.fullPages,
						s1(r.build.buildMs),
						{
							home: '/',
							city: `/city/${r.build.city}`,
							brief: `/brief/${r.build.city}/${r.build.year}`,
							coverage: '/coverage'
						}[which],
						kb(l.totalBytes),
						kb(l.bytes.html),
						kb(l.bytes.js),
						l.requests,
						l.fcpMs
					];
				})
			)
		);
		table(
			[
				'preset',
				'first chart ms',
				'engine ms',
				'data ms',
				'1st change ms',
				'by',
				'answer KB',
				'MB',
				'wasm MB',
				'wasm files',
				'Parquet KB',
				'files',
				'repeat engine ms',
				'repeat wasm MB',
				'wasm from cache',
				'compiled wasm kept/used'
			],
			results.map(({ preset, dashboard: d, repeat: r, firstChange: f, loads }) => [
				preset,
				d.firstChartMs,
				d.engineReadyMs,
				d.dataLoadedMs,
				f.drawnMs,
				[...new Set(loads.firstChange.map((x) => x.answer || '?'))].join('/'),
				kb(f.answerBytes),
				mb(d.totalBytes),
				mb(d.wasmBytes),
				d.wasmFiles,
				kb(d.parquetBytes),
				d.parquetFiles,
				r.engineReadyMs,
				mb(r.wasmBytes),
				`${r.wasmFromCache}/${r.wasmRequests}`,
				`${r.codeCacheEntries}/${r.codeCacheHit}`
			])
		);
		table(
			['preset', 'page', 'n', 'p50 ms', 'p95 ms', 'max ms', 'answer p50', 'answer p95'],
			results.flatMap((r) =>
				Object.entries(r.interactions).map(([page, { drawn: d, answer: a }]) => [
					r.preset,
					page,
					d.count,
					d.p50,
					d.p95,
					d.max,
					a.p50,
					a.p95
				])
			)
		);
	}
};

const buildStep: Step<FullSiteResult> = {
	describe: 'every page of the site over the preset: cold, then with one report changed',
	async run(preset, opts) {
		if (!opts.steps.includes('data') && !opts.steps.includes('site')) {
			opts.log('  data build first (--steps has no data)');
			await benchDataBuild(ROOT, preset, { ...opts, runs: 0, layout: false });
		}
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own result type
export const STEPS: Record<string, Step<any>> = {
	data: dataStep,
	site: siteStep,
	build: buildStep
};
