/**
 * The site built over a preset's data, as `npm run build` builds it, into
 * bench-results/site-<preset>/: the static folder is copied with the preset's build
 * output as its data/ (synthetic data never enters static/), and node.server.ts
 * prerenders from the same files. Every page is prerendered for data/ as it is; at scale (every
 * county and every
 * source report) only the pages the benchmark opens; the full count is reported.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tablePath, type TableName } from '../../../src/lib/contract/tables.ts';
import { dataDirOf, type PresetName } from './presets.ts';

export interface SiteBuild {
	dir: string;
	buildMs: number;
	/** Pages prerendered, and pages a full build would prerender. */
	pages: number;
	fullPages: number;
	/** The county the profile measurements open (the first with most score years), its city. */
	county: string;
	city: string;
	/** The briefing measured: the city's, for the county's latest year. */
	year: number;
}

/**
 * data/ as it is: every page. Synthetic presets: only the pages measured; the build of every
 * page is its own step (full-site.ts, `--steps build`).
 */
const PRERENDER_ALL: Record<PresetName, boolean> = { data: true, province: false, nation: false };

interface Picked {
	county: string;
	city: string;
	/** The briefing measured: the city's, for the county's latest year. */
	year: number;
	pages: number;
}

/** The pages the benchmark opens, and how many a full build would prerender. */
export async function pick(dataDir: string): Promise<Picked> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const file = (t: TableName) =>
			`read_parquet('${join(dataDir, tablePath(t)).replace(/'/g, "''")}')`;
		// The profile's interactions switch score years: the county with the most of them.
		const r = await conn.runAndReadAll(
			`WITH c AS (SELECT region_code FROM ${file('scores')} GROUP BY region_code
					ORDER BY count(DISTINCT year) DESC, region_code LIMIT 1)
			SELECT c.region_code, g.parent_code,
				(SELECT max(year) FROM ${file('reports')} WHERE region_code = c.region_code),
				(SELECT count(DISTINCT region_code) FROM ${file('reports')}),
				(SELECT count(DISTINCT g2.parent_code) FROM ${file('regions')} g2
					WHERE g2.region_code IN (SELECT region_code FROM ${file('reports')})),
				(SELECT count(*) FROM ${file('reports')})
			FROM c JOIN ${file('regions')} g USING (region_code)`
		);
		const [county, city, year, counties, cities, reports] = r.getRows()[0]!;
		// 7 fixed pages (/, /about, /data, /compare, /matrix, /audit, /status) + one
		// per county, city and report.
		const pages = 7 + Number(counties) + Number(cities) + Number(reports);
		return { county: String(county), city: String(city), year: Number(year), pages };
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

export function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
		(d) => d.isFile() && d.name.endsWith('.html')
	).length;
}

/**
 * The static folder a build over `dataDir` copies (static/ with the preset's data as its
 * data/), and the environment svelte.config.js and node.server.ts read to build from it.
 */
export function siteInputs(
	root: string,
	preset: PresetName,
	dataDir: string,
	dir: string
): { assets: string; env: NodeJS.ProcessEnv } {
	const assets = join(root, 'bench-results', `assets-${preset}`);
	rmSync(assets, { recursive: true, force: true });
	mkdirSync(assets, { recursive: true });
	for (const name of readdirSync(join(root, 'static')))
		if (name !== 'data')
			cpSync(join(root, 'static', name), join(assets, name), { recursive: true });
	cpSync(dataDir, join(assets, 'data'), { recursive: true });
	const env = {
		...process.env,
		YARDSTICK_DATA_DIR: dataDir,
		YARDSTICK_SOURCES_DIR: join(root, dataDirOf(preset), 'sources'),
		YARDSTICK_ASSETS: assets,
		YARDSTICK_SITE_OUT: dir,
		YARDSTICK_KIT_OUT: join(root, 'bench-results', `kit-${preset}`)
	};
	return { assets, env };
}

/** `vite build` in `root` with `env`, its output kept quiet unless it fails. */
export function viteBuild(root: string, env: NodeJS.ProcessEnv, what: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
		const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
			cwd: root,
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`${what} failed:\n${stderr.slice(-4000)}`))
		);
	});
}

export async function buildSite(
	root: string,
	preset: PresetName,
	dataDir: string,
	log: (s: string) => void
): Promise<SiteBuild> {
	const dir = join(root, 'bench-results', `site-${preset}`);
	rmSync(dir, { recursive: true, force: true });
	const inputs = siteInputs(root, preset, dataDir, dir);

	const { county, city, year, pages: fullPages } = await pick(dataDir);
	const only = PRERENDER_ALL[preset]
		? undefined
		: [
				'/',
				`/city/${city}`,
				'/compare',
				'/matrix',
				'/coverage',
				`/brief/${city}/${year}`,
				`/county/${county}`
			];
	const env = { ...inputs.env, ...(only ? { YARDSTICK_PRERENDER: only.join(',') } : {}) };
	const started = performance.now();
	await viteBuild(root, env, `site build (${preset})`);
	const buildMs = performance.now() - started;
	rmSync(inputs.assets, { recursive: true, force: true });
	const pages = countPages(dir);
	log(`  site: ${pages} pages prerendered (of ${fullPages}) in ${(buildMs / 1e3).toFixed(1)} s`);
	return { dir, buildMs, pages, fullPages, county, city, year };
}
