/**
 * Data in several provinces: synthetic data in two provinces, built by the real data
 * build. The precomputed answers: each province's files written from its own Parquet,
 * every file holding exactly the rows the page's own query returns over the national
 * files, in its order, and an area with a file exactly where its index (stated.json)
 * says. A county page's own questions (its row, its province's counties) and a city's
 * (its counties, their report years), and a briefing that reads its own city's rows only.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeDataset } from '../../../scripts/bench/generate.ts';
import type { SyntheticScale } from '../../../scripts/bench/lib/presets.ts';
import {
	metricFactsPath,
	statedPath,
	unpackRows,
	yearFactsPath,
	type PackedRows
} from '../../../src/lib/contract/answers.ts';
import type { Manifest } from '../../../src/lib/contract/manifest.ts';
import { nodeRunner } from '../../../src/lib/db/node.server.ts';
import { wholeFactsOfMetric, wholeFactsOfYear } from '../../../src/lib/queries/facts.ts';
import {
	allMetrics,
	metricCoverage,
	type MetricCoverageRow
} from '../../../src/lib/queries/metrics.ts';
import { answerArea } from '../../../src/lib/queries/precomputed.ts';
import { answerBrief } from '../../../src/lib/queries/brief.ts';
import { reportYears, reportYearsOf } from '../../../src/lib/queries/briefs.ts';
import type { Runner } from '../../../src/lib/db/sql.ts';
import {
	cityOf,
	countiesOfCity,
	countiesWithReports,
	countyWithReports,
	provinceLinks,
	type CountyRow
} from '../../../src/lib/queries/regions.ts';
import { build, made, tempDir } from './build-helpers.ts';

const TWO_PROVINCES: SyntheticScale = {
	provinces: 2,
	counties: 6,
	firstYear: 2021,
	years: 3,
	projectShare: 0.5,
	flawRate: 0.2
};

let out: string;
let node: ReturnType<typeof nodeRunner>;
let counties: CountyRow[];

beforeAll(async () => {
	const data = join(tempDir(), 'data');
	writeDataset(TWO_PROVINCES, 11, data, 'two provinces');
	out = join(tempDir(), 'out');
	const built = await build(data, out, '--quiet');
	expect(built.code, built.stderr).toBe(0);
	node = nodeRunner(out);
	counties = await node.run(countiesWithReports());
}, 120_000);

afterAll(async () => {
	await node.close();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const read = <Row>(path: string) =>
	unpackRows<Row>(JSON.parse(readFileSync(join(out, path), 'utf8')) as PackedRows);

test("every area's files hold the page queries' rows, and exactly the files its index names", async () => {
	expect(new Set(counties.map((c) => c.province_code)).size).toBe(2);
	const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
	const listed = Object.keys(manifest.files).filter((f) => f.startsWith('answers/'));
	const expected: string[] = [];
	const coverage = await node.run(metricCoverage());
	for (const area of new Set(counties.map(answerArea))) {
		const codes = counties.filter((c) => answerArea(c) === area).map((c) => c.region_code);
		const stated = coverage.filter((r) => codes.includes(r.region_code));
		expect(read<MetricCoverageRow>(statedPath(area)), area).toEqual(stated);
		expected.push(statedPath(area));
		for (const metric of new Set(stated.map((r) => r.metric_id))) {
			const path = metricFactsPath(area, metric);
			expect(read(path), path).toEqual(await node.run(wholeFactsOfMetric(metric, codes)));
			expected.push(path);
		}
		for (const year of new Set(stated.map((r) => r.year))) {
			const path = yearFactsPath(area, year);
			expect(read(path), path).toEqual(await node.run(wholeFactsOfYear(year, codes)));
			expected.push(path);
		}
	}
	expect(listed.sort()).toEqual(expected.sort());
	for (const path of listed) expect(manifest.files[path]!.rows, path).toBe(read(path).length);
}, 120_000);

test("a county page asks for its own row and links its own province's counties", async () => {
	for (const county of counties) {
		expect(await node.run(countyWithReports(county.region_code))).toEqual([county]);
		const links = await node.run(provinceLinks(county.province_code));
		expect(links).toEqual(
			counties
				.filter((c) => c.province_code === county.province_code)
				.map((c) => ({ region_code: c.region_code, name: c.name, parent_name: c.parent_name }))
		);
		expect(links.length).toBeLessThan(counties.length);
	}
	expect(await node.run(countyWithReports('000000'))).toEqual([]);
});

test("a city's pages ask for their own counties and their report years", async () => {
	const years = await node.run(reportYears());
	const cities = [...new Set(counties.map(cityOf))];
	expect(cities.length).toBeGreaterThan(1);
	for (const city of cities) {
		const own = counties.filter((c) => cityOf(c) === city);
		expect(await node.run(countiesOfCity(city))).toEqual(own);
		const codes = own.map((c) => c.region_code);
		expect(await node.run(reportYearsOf(codes))).toEqual(
			years.filter((y) => codes.includes(y.region_code))
		);
	}
});

test("a briefing reads no other city's rows, and lists the metrics its counties state", async () => {
	const metrics = await node.run(allMetrics());
	for (const city of new Set(counties.map(cityOf))) {
		const own = counties.filter((c) => cityOf(c) === city);
		const codes = new Set(own.map((c) => c.region_code));
		const others = new Set<string>();
		const reading: Runner = async (q) => {
			const rows = await node.run(q);
			for (const row of rows as { region_code?: unknown }[])
				if (typeof row.region_code === 'string' && !codes.has(row.region_code))
					others.add(row.region_code);
			return rows;
		};
		const years = (await node.run(reportYearsOf([...codes]))).map((y) => y.year);
		const model = await answerBrief(reading, city, Math.max(...years), metrics, own);
		expect([...others], city).toEqual([]);
		const stated = (await node.run(metricCoverage())).filter(
			(r) => codes.has(r.region_code) && r.year === model.year
		);
		const listed = model.comparable.flatMap((g) => g.rows.map((r) => r.metric.metric_id));
		for (const id of listed)
			expect(
				stated.some((r) => r.metric_id === id),
				id
			).toBe(true);
	}
});
