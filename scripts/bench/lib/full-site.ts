/**
 * Every page of the site over a preset's data, as `npm run build` builds it
 * (`npm run bench -- --steps build`), into bench-results/site-<preset>-full/:
 *
 * - cold: the compression cache and the page record of that folder emptied, every page
 *   prerendered and compressed;
 * - one report changed: the title of one report's record edited in a copy of the preset's
 *   data, the data rebuilt (timed on its own), then the site built again into the same
 *   folder, so what the build reuses from the previous one (compressed files, pages whose
 *   inputs did not change) is what a deployment would reuse.
 *
 * Phases come from the build's own output lines: vite's two bundles, prerendering, the
 * adapter's copy, precompression (with how many files were compressed and how many reused).
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../../lib/code-version.js';
import { CACHE, cacheOf } from '../../lib/precompress.js';
import { recordsDir } from '../../../src/lib/server/page-records.js';
import { measure, type Measured } from './measure.ts';
import { dataDirOf, type PresetName } from './presets.ts';
import { countPages, siteInputs } from './site-build.ts';

export interface BuildRun {
	wallMs: number;
	cpuMs: number | null;
	peakRssBytes: number | null;
	/** ms from the start: client bundle started (server bundle done), pages prerendered, adapter done copying, compressed. */
	phases: {
		bundles: number | null;
		prerender: number | null;
		copy: number | null;
		compress: number | null;
	};
	compressed: number | null;
	reused: number | null;
	/** Pages rendered, and kept from the last build into the same folder (their inputs unchanged). */
	rendered: number | null;
	kept: number | null;
}

export interface FullSiteResult {
	preset: PresetName;
	pages: number;
	/** Pages per route (first path segment; the fixed pages as `/`). */
	routes: Record<string, number>;
	cold: BuildRun;
	/** The data rebuild after one record changed, then the site rebuilt. */
	changed: { report: string; dataMs: number; site: BuildRun };
}

const MARKS = {
	bundles: /building client environment/,
	prerender: /Using @sveltejs\/adapter-static/,
	copy: /Compressing assets and pages|Wrote site to/,
	compress: /Compressed \d+ files/
};

async function build(root: string, env: NodeJS.ProcessEnv): Promise<BuildRun & { m: Measured }> {
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const m = await measure(
		process.execPath,
		[vite, 'build'],
		root,
		env as Record<string, string>,
		MARKS
	);
	if (m.code !== 0) throw new Error(`site build failed:\n${(m.stderr + m.stdout).slice(-4000)}`);
	const counts = /Compressed (\d+) files and reused (\d+)/.exec(m.stdout + m.stderr);
	const pages = /Rendered (\d+) pages and kept (\d+)/.exec(m.stdout + m.stderr);
	return {
		m,
		wallMs: m.wallMs,
		cpuMs: m.cpuMs,
		peakRssBytes: m.peakRssBytes,
		phases: {
			bundles: m.marks.bundles ?? null,
			prerender: m.marks.prerender ?? null,
			copy: m.marks.copy ?? null,
			compress: m.marks.compress ?? null
		},
		compressed: counts ? Number(counts[1]) : null,
		reused: counts ? Number(counts[2]) : null,
		rendered: pages ? Number(pages[1]) : null,
		kept: pages ? Number(pages[2]) : null
	};
}

function routesOf(dir: string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!d.isFile() || !d.name.endsWith('.html')) continue;
		const rel = join(d.parentPath, d.name).slice(dir.length + 1);
		const route = rel.includes('/') ? rel.split('/')[0]! : '/';
		out[route] = (out[route] ?? 0) + 1;
	}
	return out;
}

/**
 * Refuses the second build when the code is not the cold build's: the app's version is a hash
 * of the code, so every page would render again, which measures nothing of one report changed.
 */
export function sameCode(root: string, version: string): void {
	const now = codeVersion(root);
	if (now !== version)
		throw new Error(
			`the code changed since the cold build (version ${version}, now ${now}): a second build ` +
				'would render every page again instead of measuring one report changed; run the step again'
		);
}

function strip(run: BuildRun & { m?: Measured }): BuildRun {
	delete run.m;
	return run;
}

export async function benchFullSite(
	root: string,
	preset: PresetName,
	log: (s: string) => void
): Promise<FullSiteResult> {
	const out = join(root, 'bench-results', `out-${preset}`);
	const dir = join(root, 'bench-results', `site-${preset}-full`);
	rmSync(dir, { recursive: true, force: true });
	rmSync(cacheOf(join(root, CACHE), dir), { recursive: true, force: true });
	rmSync(join(root, recordsDir(dir)), { recursive: true, force: true });
	let inputs = siteInputs(root, preset, out, dir);
	const version = codeVersion(root);
	const cold = await build(root, inputs.env);
	const pages = countPages(dir);
	log(`  every page: ${pages} in ${(cold.wallMs / 1e3).toFixed(1)} s (cold)`);

	// One report changed: its record's title, in a copy of the data.
	sameCode(root, version);
	const changedData = join(root, 'bench-results', `data-${preset}-changed`);
	const changedOut = join(root, 'bench-results', `out-${preset}-changed`);
	rmSync(changedData, { recursive: true, force: true });
	cpSync(join(root, dataDirOf(preset)), changedData, { recursive: true });
	const records = join(changedData, 'records');
	const first = readdirSync(records).sort()[0]!;
	const text = readFileSync(join(records, first), 'utf8');
	const edited = text.replace(/(title:\s*|"title":\s*")/, '$1（修订）');
	if (edited === text) throw new Error(`${first}: no title to change`);
	writeFileSync(join(records, first), edited);
	const data = await measure(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/build-data.ts',
			'--data',
			changedData,
			'--out',
			changedOut,
			'--quiet'
		],
		root
	);
	if (data.code !== 0) throw new Error(`data rebuild failed:\n${data.stderr.slice(-4000)}`);
	inputs = siteInputs(root, preset, changedOut, dir);
	sameCode(root, version);
	const again = await build(root, {
		...inputs.env,
		YARDSTICK_SOURCES_DIR: join(changedData, 'sources')
	});
	log(
		`  one report changed (${first}): data ${(data.wallMs / 1e3).toFixed(1)} s, ` +
			`site ${(again.wallMs / 1e3).toFixed(1)} s, ${again.rendered} pages rendered, ${again.kept} kept, ` +
			`${again.compressed} files compressed, ${again.reused} reused`
	);
	rmSync(inputs.assets, { recursive: true, force: true });
	rmSync(changedData, { recursive: true, force: true });
	return {
		preset,
		pages,
		routes: routesOf(dir),
		cold: strip(cold),
		changed: { report: first, dataMs: data.wallMs, site: strip(again) }
	};
}
