/**
 * An incremental site build gives the very files a cold build of the same data gives: the
 * seed site is built cold, one report's fact (value, quote and source sentence) changed and
 * another report removed, the site built again into the same folder, and the changed data
 * built cold into another folder. Only pages that read what changed are rendered.
 * (Three site builds: this is the suite's slowest test, kept to one.)
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	finishRecords,
	journal,
	readRecords,
	recordsDir,
	RECORDS_CACHE
} from '../../../src/lib/server/page-records.js';
import type { PageTime } from '../../../src/lib/server/page-times.ts';
import { build, copyData, editRecord, hashTree, made, ROOT, tempDir } from './build-helpers.ts';

/** SvelteKit's build folder: inside the project, where its server code finds its packages. */
const kitOut = (work: string) => join(ROOT, 'node_modules', '.cache', `kit-${basename(work)}`);

/** The site over the data built into `data`, as `npm run build` builds it, into `site`. */
function buildSite(
	data: string,
	sources: string,
	site: string,
	work: string,
	more: Record<string, string> = {}
) {
	const assets = join(work, 'assets');
	rmSync(assets, { recursive: true, force: true });
	mkdirSync(assets);
	for (const name of readdirSync(join(ROOT, 'static')))
		cpSync(join(ROOT, 'static', name), join(assets, name), { recursive: true });
	cpSync(data, join(assets, 'data'), { recursive: true });
	const env = {
		...process.env,
		YARDSTICK_DATA_DIR: data,
		YARDSTICK_SOURCES_DIR: sources,
		YARDSTICK_ASSETS: assets,
		YARDSTICK_SITE_OUT: site,
		YARDSTICK_KIT_OUT: kitOut(work),
		YARDSTICK_PRECOMPRESS: 'off',
		...more
	};
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	return new Promise<{ rendered: number; kept: number }>((done, fail) => {
		const child = spawn(process.execPath, [vite, 'build'], { cwd: ROOT, env });
		let log = '';
		child.stdout.on('data', (b: Buffer) => (log += b.toString()));
		child.stderr.on('data', (b: Buffer) => (log += b.toString()));
		child.on('error', fail);
		child.on('close', (code) => {
			const counts = /Rendered (\d+) pages and kept (\d+)/.exec(log);
			if (code !== 0 || !counts) return fail(new Error(`site build failed:\n${log.slice(-3000)}`));
			done({ rendered: Number(counts[1]), kept: Number(counts[2]) });
		});
	});
}

const pagesOf = (tree: Record<string, string>) =>
	Object.keys(tree).filter((f) => f.endsWith('.html'));

describe('incremental site build', () => {
	const work = tempDir('yardstick-site-');
	const site = join(work, 'site');
	const cold = join(work, 'cold');
	let before: Record<string, string>;
	let first: { rendered: number; kept: number };
	let again: { rendered: number; kept: number };
	const times = join(work, 'page-times.jsonl');

	beforeAll(async () => {
		const seed = join(work, 'out-seed');
		expect((await build(join(ROOT, 'data'), seed, '--quiet')).code).toBe(0);
		first = await buildSite(seed, join(ROOT, 'data', 'sources'), site, work, {
			YARDSTICK_PAGE_TIMES: times
		});
		before = hashTree(site);

		// One staff figure of one report changed, in its record and in the sentence it quotes;
		// another report removed.
		const data = copyData();
		editRecord(data, '440883-2023.yaml', (doc) => {
			expect(doc.getIn(['facts', 0, 'quote'])).toBe('我局行政编制12名');
			doc.setIn(['facts', 0, 'value'], 13);
			doc.setIn(['facts', 0, 'figure'], '13名');
			doc.setIn(['facts', 0, 'quote'], '我局行政编制13名');
		});
		const source = join(data, 'sources', '003_dfc3b55ffced65d5.txt');
		writeFileSync(source, readFileSync(source, 'utf8').replace('行政编制12名', '行政编制13名'));
		rmSync(join(data, 'records', '440281-2021.yaml'));
		const changed = join(work, 'out-changed');
		expect((await build(data, changed, '--quiet')).code).toBe(0);

		again = await buildSite(changed, join(data, 'sources'), site, work);
		await buildSite(changed, join(data, 'sources'), cold, work);
	}, 900_000);

	afterAll(() => {
		for (const dir of [site, cold])
			rmSync(join(ROOT, recordsDir(dir)), { recursive: true, force: true });
		rmSync(kitOut(work), { recursive: true, force: true });
		for (const dir of made) rmSync(dir, { recursive: true, force: true });
	});

	it('gives, file for file and byte for byte, what a cold build of the same data gives', () => {
		expect(hashTree(site)).toEqual(hashTree(cold));
	});

	it('renders only the pages that read what changed, and drops the removed report’s', () => {
		expect(first).toEqual({ rendered: pagesOf(before).length, kept: 0 });
		expect(again.rendered).toBeGreaterThan(0);
		expect(again.kept).toBeGreaterThan(0);
		expect(again.rendered + again.kept).toBe(pagesOf(hashTree(cold)).length);
		expect(before['sources/440281-2021.html']).toBeDefined();
		expect(existsSync(join(site, 'sources/440281-2021.html'))).toBe(false);
		// At least every page whose bytes changed was rendered.
		const after = hashTree(site);
		const changed = pagesOf(after).filter((f) => after[f] !== before[f]);
		expect(again.rendered).toBeGreaterThanOrEqual(changed.length);
	});

	it('times every page it writes, under its route, when asked (the benchmark’s pages step)', () => {
		const lines = readFileSync(times, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((l) => JSON.parse(l) as PageTime);
		const html = lines.filter((l) => !l.page.endsWith('/__data.json'));
		const written = pagesOf(before).map((f) =>
			f === 'index.html' ? '/' : `/${f.replace(/\.html$/, '')}`
		);
		expect(html.map((l) => l.page).sort()).toEqual(written.sort());
		for (const l of lines) {
			expect(l.ms).toBeGreaterThanOrEqual(0);
			expect(l.cpuMs).toBeGreaterThanOrEqual(0);
			expect(l.bytes).toBeGreaterThan(0);
			const route = new RegExp(`^${l.route.replace(/\[[^\]]+\]/g, '[^/]+')}(/__data\\.json)?$`);
			expect(l.page, l.route).toMatch(route);
		}
		expect(new Set(lines.map((l) => l.route))).toContain('/county/[code]');
	});
});

describe('page records', () => {
	it('are another build’s when the code changed: every page is rendered', () => {
		const dir = join(tempDir(), RECORDS_CACHE);
		const out = tempDir();
		writeFileSync(join(out, 'index.html'), '<p>');
		journal(dir).page('/', { queries: [], files: [] });
		finishRecords(dir, out, 'v1', new Map([['/', { file: 'index.html' }]]));
		expect(readRecords(dir, 'v1')?.pages['/']).toBeDefined();
		expect(readRecords(dir, 'v2')).toBeNull();
	});
});
