/**
 * The bench's steps (run.ts runs them per preset): each measures, returns a JSON-able
 * result for bench.json, and prints its table. To add a step, add an entry to STEPS.
 */
import { TABLES, tablePath } from '../../../src/lib/contract/tables.ts';
import { buildStep, pagesStep } from './build-steps.ts';
import { benchDataBuild, type DataResult } from './data-step.ts';
import { SMALL_GROUP } from './layout.ts';
import { benchSite, type SiteResult } from './site-step.ts';
import { kb, mb, s1, table } from './print.ts';
import { dataFirst, ROOT, type Step } from './step.ts';

export type { StepOptions } from './step.ts';

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
		await dataFirst(preset, opts, ['data']);
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own result type
export const STEPS: Record<string, Step<any>> = {
	data: dataStep,
	site: siteStep,
	build: buildStep,
	pages: pagesStep
};
