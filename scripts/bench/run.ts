/**
 * npm run bench [-- --preset data,province,nation] [--steps data,site,build] [--runs N]
 *   [--loads N] [--interactions N] [--seed N] [--no-layout]
 *
 * Speed and scale, measured per preset (see lib/presets.ts): `data` is data/ as it is,
 * `province` and `nation` are synthetic (generated into bench-results/data-<preset>/ on
 * first use). Steps, each over every preset in turn (so the 2-core machine is never
 * oversubscribed):
 *
 * - data: `npm run data` once cold (empty parse cache) and --runs times warm: wall, CPU,
 *   peak RSS, phases; Parquet sizes; what one province would fetch under other layouts;
 * - site: the site built over that data into bench-results/site-<preset>/ (never
 *   static/), served precompressed on loopback, measured cold in headless Chromium:
 *   public page, briefing, coverage, dashboard, and --interactions changes on compare, profile,
 *   matrix and coverage;
 * - build (only when named): every page of the site over that data, cold, then again after one
 *   report's record changed: wall, CPU, peak RSS, phases, files compressed and reused,
 *   pages rendered and kept from the last build.
 *
 * Prints tables and writes bench-results/bench.json. To add a step, add an entry to
 * STEPS whose `run` returns a JSON-able result and whose `print` adds its table.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TABLES, tablePath } from '../../src/lib/contract/tables.ts';
import { benchDataBuild, type DataResult } from './lib/data-step.ts';
import { benchFullSite, type FullSiteResult } from './lib/full-site.ts';
import { SMALL_GROUP } from './lib/layout.ts';
import { benchSite, type SiteResult } from './lib/site-step.ts';
import { DEFAULT_SEED, isPreset, PRESET_NAMES, type PresetName } from './lib/presets.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface StepOptions {
	seed: number;
	/** Warm data builds after the cold one. */
	runs: number;
	/** Cold page loads per measurement, and changes per interactive page. */
	loads: number;
	interactions: number;
	layout: boolean;
	log: (s: string) => void;
}

interface Step<R> {
	describe: string;
	run(preset: PresetName, opts: StepOptions): Promise<R>;
	print(results: R[]): void;
}

const mb = (n: number | null) => (n === null ? '?' : (n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 1));
const s1 = (ms: number | null) => (ms === null ? '?' : (ms / 1e3).toFixed(1));

function table(head: string[], rows: (string | number)[][]): void {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	for (const [n, r] of cells.entries()) {
		console.log(
			r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
		);
		if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	}
	console.log('');
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

const kb = (n: number | null | undefined) => (n == null ? '' : (n / 1024).toFixed(1));

const siteStep: Step<SiteResult> = {
	describe: 'the site over the preset: public page, dashboard cold, interactions (Chromium)',
	async run(preset, opts) {
		// The site is built over this run's data: without the data step, build it first.
		if (!steps.includes('data')) {
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
				'wasm from cache'
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
				`${r.wasmFromCache}/${r.wasmRequests}`
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
		if (!steps.includes('data') && !steps.includes('site')) {
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
const STEPS: Record<string, Step<any>> = { data: dataStep, site: siteStep, build: buildStep };

const { values } = parseArgs({
	options: {
		preset: { type: 'string', default: PRESET_NAMES.join(',') },
		// `build` (every page) is asked for by name: at nation scale it is the longest step.
		steps: { type: 'string', default: 'data,site' },
		runs: { type: 'string', default: '1' },
		loads: { type: 'string', default: '5' },
		interactions: { type: 'string', default: '20' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		'no-layout': { type: 'boolean', default: false }
	}
});
const presets = values.preset!.split(',');
const steps = values.steps!.split(',');
for (const p of presets) if (!isPreset(p)) throw new Error(`unknown preset ${p}`);
for (const s of steps) if (!STEPS[s]) throw new Error(`unknown step ${s}`);

const opts: StepOptions = {
	seed: Number(values.seed),
	runs: Math.max(0, Number(values.runs)),
	loads: Math.max(1, Number(values.loads)),
	interactions: Math.max(1, Number(values.interactions)),
	layout: !values['no-layout'],
	log: (s) => console.log(s)
};
const results: Record<string, unknown[]> = {};
const loadBefore = loadavg()[0]!;
for (const step of steps) {
	results[step] = [];
	for (const preset of presets as PresetName[]) {
		console.log(`${step} · ${preset}`);
		results[step]!.push(await STEPS[step]!.run(preset, opts));
	}
}
console.log('');
for (const step of steps) STEPS[step]!.print(results[step]!);

const file = join(ROOT, 'bench-results', 'bench.json');
const machine = {
	node: process.version,
	cpus: cpus().length,
	memoryBytes: totalmem(),
	loadAverage: { before: loadBefore, after: loadavg()[0] }
};
writeFileSync(
	file,
	JSON.stringify(
		{ when: new Date().toISOString(), machine, seed: opts.seed, results },
		null,
		'\t'
	) + '\n'
);
console.log(
	`load average ${loadBefore.toFixed(1)} → ${machine.loadAverage.after!.toFixed(1)} on ${machine.cpus} CPUs` +
		` (wall times stretch when others share the machine; CPU s is steadier)\nwrote ${file}`
);
