/**
 * Synthetic data at a benchmark scale, for the data build and the site to be measured on.
 * Invented regions only (测试县0001…, codes starting 99), never under data/ or static/.
 *
 *   npx tsx scripts/bench/generate.ts --preset province|nation [--seed N] [--out DIR]
 *
 * Writes DIR (default bench-results/data-<preset>/): regions.yaml (`synthetic: true`),
 * metrics.yaml copied from data/, sources/ and records/. Same preset and seed, same bytes.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset, type DatasetSummary } from './lib/dataset.ts';
import { dataDirOf, DEFAULT_SEED, isPreset, SCALES, type SyntheticScale } from './lib/presets.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Refuses folders where synthetic files could be taken for real data or published. */
export function assertSafeOut(out: string): void {
	const rel = relative(ROOT, resolve(out));
	if (rel === '' || /^(data|static|src|build)(\/|$)/.test(rel))
		throw new Error(
			`refusing to write synthetic data to ${out}: use bench-results/ or a temp folder`
		);
}

/** Writes a synthetic data folder at `scale` into `out` (replacing it). */
export function writeDataset(
	scale: SyntheticScale,
	seed: number,
	out: string,
	label: string
): DatasetSummary {
	assertSafeOut(out);
	rmSync(out, { recursive: true, force: true });
	const made = new Set<string>();
	const emit = (path: string, text: string) => {
		const file = join(out, path);
		const dir = dirname(file);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		writeFileSync(file, text);
	};
	const summary = generateDataset(scale, seed, emit);
	copyFileSync(join(ROOT, 'data/metrics.yaml'), join(out, 'metrics.yaml'));
	emit(
		'README.md',
		`SYNTHETIC benchmark data (${label}, seed ${seed}) from scripts/bench/generate.ts.\n` +
			'Invented regions and reports; not real places, never to be published.\n'
	);
	return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: {
			preset: { type: 'string', default: 'province' },
			seed: { type: 'string', default: String(DEFAULT_SEED) },
			out: { type: 'string' }
		}
	});
	const preset = values.preset!;
	if (!isPreset(preset) || preset === 'data') {
		console.error(`--preset must be province or nation (seed is data/ as it is)`);
		process.exit(2);
	}
	const out = resolve(values.out ?? join(ROOT, dataDirOf(preset)));
	const started = performance.now();
	const s = writeDataset(SCALES[preset], Number(values.seed), out, preset);
	const flaws = Object.entries(s.flaws)
		.map(([k, n]) => `${k} ${n}`)
		.join(', ');
	console.log(
		`${preset}: ${s.regions} regions (${s.counties} counties), ${s.reports} reports, ` +
			`${s.facts} facts, ${s.scores} scores → ${relative(process.cwd(), out)} ` +
			`in ${Math.round(performance.now() - started)} ms\n  deliberate flaws: ${flaws}`
	);
}
