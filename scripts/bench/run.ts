/**
 * npm run bench [-- --preset data,province,nation] [--steps data,site,build,pages] [--runs N]
 *   [--loads N] [--interactions N] [--sample N] [--seed N] [--no-layout]
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
 *   pages rendered and kept from the last build;
 * - pages (only when named): --sample pages of each route prerendered one at a time, each
 *   page's time and bytes, and what every page of each route would take on one core (for a
 *   preset whose full build takes hours).
 *
 * Prints tables and writes bench-results/bench.json. The steps are lib/steps.ts.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, isPreset, PRESET_NAMES, type PresetName } from './lib/presets.ts';
import { STEPS, type StepOptions } from './lib/steps.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
	options: {
		preset: { type: 'string', default: PRESET_NAMES.join(',') },
		// `build` (every page) is asked for by name: at nation scale it is the longest step.
		steps: { type: 'string', default: 'data,site' },
		runs: { type: 'string', default: '1' },
		loads: { type: 'string', default: '5' },
		interactions: { type: 'string', default: '20' },
		sample: { type: 'string', default: '40' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		'no-layout': { type: 'boolean', default: false }
	}
});
const presets = values.preset!.split(',');
const steps = values.steps!.split(',');
for (const p of presets) if (!isPreset(p)) throw new Error(`unknown preset ${p}`);
for (const s of steps) if (!STEPS[s]) throw new Error(`unknown step ${s}`);

const opts: StepOptions = {
	steps,
	seed: Number(values.seed),
	runs: Math.max(0, Number(values.runs)),
	loads: Math.max(1, Number(values.loads)),
	interactions: Math.max(1, Number(values.interactions)),
	sample: Math.max(1, Number(values.sample)),
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
