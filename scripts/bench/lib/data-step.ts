/**
 * The data-build benchmark for one preset: make the synthetic data if it is missing (or
 * from another seed), run `scripts/build-data.ts --timings` as `npm run data` runs it
 * (node with tsx's loader, without npx's extra processes), once cold (an empty parse
 * cache, as on a fresh checkout) and `runs` times warm (every record cached, as on a
 * rebuild), and read back what it wrote: each Parquet file's bytes and rows, and the
 * single-province layout figures (layout.ts).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDataset } from '../generate.ts';
import { analyseLayout, type LayoutReport } from './layout.ts';
import { measure, phases, type Phase } from './measure.ts';
import { dataDirOf, SCALES, type PresetName } from './presets.ts';

export interface Run {
	wallMs: number;
	cpuMs: number | null;
	peakRssBytes: number | null;
	phases: Record<string, Phase>;
}

export interface DataResult {
	preset: PresetName;
	reports: number;
	facts: number;
	scores: number;
	findings: number;
	generateMs: number | null;
	cold: Run;
	/** The median of the warm runs (none with --runs 0). */
	warm: Run | null;
	warmRuns: Run[];
	files: Record<string, { bytes: number; rows?: number }>;
	layout: LayoutReport | null;
}

function ensureData(root: string, preset: PresetName, seed: number): number | null {
	if (preset === 'data') return null;
	const dir = join(root, dataDirOf(preset));
	const readme = join(dir, 'README.md');
	if (existsSync(readme) && readFileSync(readme, 'utf8').includes(`(${preset}, seed ${seed})`))
		return null;
	const started = performance.now();
	writeDataset(SCALES[preset], seed, dir, preset);
	return performance.now() - started;
}

export async function benchDataBuild(
	root: string,
	preset: PresetName,
	opts: { seed: number; runs: number; layout: boolean; log: (s: string) => void }
): Promise<DataResult> {
	const generateMs = ensureData(root, preset, opts.seed);
	if (generateMs !== null)
		opts.log(`  generated ${dataDirOf(preset)} in ${Math.round(generateMs)} ms`);
	const out = join(root, 'bench-results', `out-${preset}`);
	const cache = join(root, 'bench-results', `cache-${preset}`);
	rmSync(cache, { recursive: true, force: true });
	const args = ['--import', 'tsx', 'scripts/build-data.ts', '--data', dataDirOf(preset)];
	const once = async (label: string): Promise<Run> => {
		const m = await measure(process.execPath, [...args, '--out', out, '--timings'], root, {
			YARDSTICK_CACHE_DIR: cache
		});
		if (m.code !== 0) throw new Error(`data build (${preset}) failed:\n${m.stderr.slice(-4000)}`);
		opts.log(
			`  ${label}: ${(m.wallMs / 1e3).toFixed(1)} s wall, ${m.cpuMs === null ? '?' : (m.cpuMs / 1e3).toFixed(1)} s CPU, ` +
				`${m.peakRssBytes === null ? '?' : Math.round(m.peakRssBytes / 2 ** 20)} MB peak RSS`
		);
		return {
			wallMs: m.wallMs,
			cpuMs: m.cpuMs,
			peakRssBytes: m.peakRssBytes,
			phases: phases(m.stderr)
		};
	};
	const cold = await once('cold');
	const warmRuns: Run[] = [];
	for (let i = 0; i < opts.runs; i++) warmRuns.push(await once(`warm ${i + 1}`));
	const warm =
		[...warmRuns].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(warmRuns.length / 2)] ?? null;
	const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
		files: Record<string, { bytes: number; rows?: number }>;
		counts: { reports: number; facts: number; scores: number; findings: Record<string, number> };
	};
	const layout = opts.layout ? await analyseLayout(out) : null;
	return {
		preset,
		reports: manifest.counts.reports,
		facts: manifest.counts.facts,
		scores: manifest.counts.scores,
		findings: Object.values(manifest.counts.findings).reduce((a, b) => a + b, 0),
		generateMs,
		cold,
		warm,
		warmRuns,
		files: Object.fromEntries(
			Object.entries(manifest.files).map(([k, v]) => [k, { bytes: v.bytes, rows: v.rows }])
		),
		layout
	};
}
