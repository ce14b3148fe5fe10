/**
 * The site benchmark for one preset: build the site over the preset's data (the data
 * step's output, bench-results/out-<preset>/), serve it precompressed on loopback, and
 * measure it cold in headless Chromium (site-measure.ts): `runs` loads of the public
 * page and of the dashboard, then `interactions` changes on each of /compare, a county
 * profile and /matrix. Medians over loads; p50/p95 over interactions.
 */
import { join } from 'node:path';
import { buildSite, type SiteBuild } from './site-build.ts';
import {
	areaInteractions,
	compareInteractions,
	profileInteractions,
	summarise,
	type Interactions
} from './site-interactions.ts';
import {
	dashboardLoad,
	firstChangeLoad,
	publicLoad,
	type DashboardLoad,
	type FirstChange,
	type PublicLoad
} from './site-measure.ts';
import { repeatLoad, type RepeatLoad } from './site-repeat.ts';
import { median, openSite } from './site.ts';
import type { PresetName } from './presets.ts';

export interface SiteResult {
	preset: PresetName;
	build: Omit<SiteBuild, 'dir'>;
	/** `/` and the picked county's city page. */
	public: Record<'home' | 'city' | 'brief' | 'coverage', PublicLoad>;
	dashboard: DashboardLoad;
	/** The dashboard used, then opened again in the same profile (site-repeat.ts). */
	repeat: RepeatLoad;
	/** The first metric change on /compare, cold, clicked at 1 s (median over loads). */
	firstChange: FirstChange;
	interactions: Record<'compare' | 'profile' | 'matrix' | 'coverage', Interactions>;
	loads: {
		home: PublicLoad[];
		city: PublicLoad[];
		dashboard: DashboardLoad[];
		repeat: RepeatLoad[];
		firstChange: FirstChange[];
	};
}

/** BENCH_PORT lets two benchmarks run side by side on one machine. */
const PORT = Number(process.env.BENCH_PORT ?? 4394);

function medianOf<T extends object>(xs: T[]): T {
	const first = xs[0]!;
	return Object.fromEntries(
		Object.entries(first).map(([k, v]) => [
			k,
			typeof v === 'number'
				? Math.round(median(xs.map((x) => (x as Record<string, number>)[k]!)))
				: v && typeof v === 'object'
					? medianOf(xs.map((x) => (x as Record<string, object>)[k]!))
					: v
		])
	) as T;
}

export async function benchSite(
	root: string,
	preset: PresetName,
	opts: { runs: number; interactions: number; log: (s: string) => void }
): Promise<SiteResult> {
	const built = await buildSite(
		root,
		preset,
		join(root, 'bench-results', `out-${preset}`),
		opts.log
	);
	const { dir, ...build } = built;
	const site = await openSite(PORT, dir);
	try {
		const { browser, base } = site;
		const loads = {
			home: [] as PublicLoad[],
			city: [] as PublicLoad[],
			brief: [] as PublicLoad[],
			coverage: [] as PublicLoad[],
			dashboard: [] as DashboardLoad[],
			repeat: [] as RepeatLoad[],
			firstChange: [] as FirstChange[]
		};
		for (let i = 0; i < opts.runs; i++) {
			loads.home.push(await publicLoad(browser, `${base}/`));
			loads.city.push(await publicLoad(browser, `${base}/city/${build.city}`));
			loads.brief.push(await publicLoad(browser, `${base}/brief/${build.city}/${build.year}`));
			loads.coverage.push(await publicLoad(browser, `${base}/coverage`));
			loads.dashboard.push(await dashboardLoad(browser, base));
			loads.repeat.push(await repeatLoad(base));
			loads.firstChange.push(await firstChangeLoad(browser, base));
		}
		const firstChange = medianOf(loads.firstChange);
		const answers = [...new Set(loads.firstChange.map((f) => f.answer))].join('/');
		const failed = loads.dashboard.filter((d) => d.engineErrors).length;
		if (failed) opts.log(`  engine failed to load its tables in ${failed} of ${opts.runs} loads`);
		const dashboard = medianOf(loads.dashboard);
		const repeat = medianOf(loads.repeat);
		const pub = {
			home: medianOf(loads.home),
			city: medianOf(loads.city),
			brief: medianOf(loads.brief),
			coverage: medianOf(loads.coverage)
		};
		const kb = (l: PublicLoad) => `${(l.totalBytes / 1024).toFixed(1)} KB, FCP ${l.fcpMs} ms`;
		opts.log(
			`  public: / ${kb(pub.home)}; /city/${build.city} ${kb(pub.city)}; ` +
				`/brief/${build.city}/${build.year} ${kb(pub.brief)}; /coverage ${kb(pub.coverage)}; ` +
				`dashboard: chart ${dashboard.firstChartMs} ms, engine ${dashboard.engineReadyMs} ms, ` +
				`data ${dashboard.dataLoadedMs} ms, Parquet ${(dashboard.parquetBytes / 1024).toFixed(0)} KB, ` +
				`wasm files ${dashboard.wasmFiles}; repeat visit: engine ${repeat.engineReadyMs} ms, ` +
				`wasm ${repeat.wasmFromCache}/${repeat.wasmRequests} from cache, ${repeat.wasmBytes} B over the network, ` +
				`compiled wasm ${repeat.codeCacheEntries ? 'kept' : 'not kept'} and ${repeat.codeCacheHit ? 'used' : 'not used'}; ` +
				`first metric change (click at ${firstChange.clickMs} ms) drawn at ${firstChange.drawnMs} ms by ${answers || '?'}`
		);
		const context = await browser.newContext({ locale: 'zh-CN' });
		context.setDefaultTimeout(120_000);
		const page = await context.newPage();
		const n = opts.interactions;
		const interactions = {
			compare: summarise(await compareInteractions(page, base, n)),
			profile: summarise(await profileInteractions(page, base, build.county, n)),
			matrix: summarise(await areaInteractions(page, base, 'matrix', n)),
			coverage: summarise(await areaInteractions(page, base, 'coverage', n))
		};
		await context.close();
		opts.log(
			`  interactions p50/p95 ms: ` +
				Object.entries(interactions)
					.map(([k, l]) => `${k} ${l.drawn.p50}/${l.drawn.p95}`)
					.join(', ')
		);
		return { preset, build, public: pub, dashboard, repeat, firstChange, interactions, loads };
	} finally {
		await site.close();
	}
}
