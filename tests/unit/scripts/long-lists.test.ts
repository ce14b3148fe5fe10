/**
 * /about lists every report and /data every source file while there are few; past
 * MAX_LISTED they say how many and where each is listed (at nation scale the lists were 15
 * and 21 MB of HTML). The pages' own build-time loads, over the seed data and over a
 * synthetic province with more reports than that.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { writeDataset } from '../../../scripts/bench/generate.ts';
import { MAX_LISTED } from '../../../src/lib/server/listing.ts';
import { build, made, ROOT, tempDir } from './build-helpers.ts';

const MANY = {
	provinces: 2,
	counties: 130,
	firstYear: 2020,
	years: 4,
	projectShare: 0,
	flawRate: 0
};

let seed: string;
let many: string;
let manyData: string;

beforeAll(async () => {
	seed = join(tempDir(), 'out');
	expect((await build(join(ROOT, 'data'), seed, '--quiet')).code).toBe(0);
	manyData = join(tempDir(), 'data');
	writeDataset(MANY, 5, manyData, 'many reports');
	many = join(tempDir(), 'out');
	const built = await build(manyData, many, '--quiet');
	expect(built.code, built.stderr).toBe(0);
}, 300_000);

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The two pages' loads over the data built into `out`. */
async function loads(out: string, sources: string) {
	vi.resetModules();
	process.env.YARDSTICK_DATA_DIR = out;
	process.env.YARDSTICK_SOURCES_DIR = sources;
	const about = await import('../../../src/routes/about/+page.server.ts');
	const data = await import('../../../src/routes/data/+page.server.ts');
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a load's event is unused here
	const none = {} as any;
	return { about: await about.load(none), data: await data.load(none) };
}

const sourcesOf = (out: string) =>
	(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { sources: unknown[] })
		.sources;
const reportsOf = (out: string) =>
	readFileSync(join(out, 'reports.csv'), 'utf8').trim().split('\n').length - 1;

test('with few reports, /about lists every report and /data every source file', async () => {
	const { about, data } = await loads(seed, join(ROOT, 'data', 'sources'));
	expect(about!.reports.length).toBe(reportsOf(seed));
	expect(about!.reportCount).toBe(reportsOf(seed));
	expect(data!.sources).toEqual(sourcesOf(seed));
	expect(data!.sourceCount).toBe(sourcesOf(seed).length);
}, 60_000);

test('with more than MAX_LISTED, they list none and say how many there are', async () => {
	const { about, data } = await loads(many, join(manyData, 'sources'));
	expect(reportsOf(many)).toBeGreaterThan(MAX_LISTED);
	expect(about!.reports).toEqual([]);
	expect(about!.reportCount).toBe(reportsOf(many));
	expect(about!.countyCount).toBe(MANY.counties);
	expect(data!.sources).toEqual([]);
	expect(data!.sourceCount).toBe(sourcesOf(many).length);
}, 60_000);
