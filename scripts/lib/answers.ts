/**
 * The precomputed answers (src/lib/contract/answers.ts), read back from the Parquet files
 * just written by DuckDB with the runner prerendering uses. One query per province,
 * wholeFactsOf, whose rows filtered to a metric or a year are exactly the rows
 * wholeFactsOfMetric or wholeFactsOfYear return (same columns, same order, a narrower
 * WHERE): 100 queries per area would cost seconds even on the seed data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	metricFactsPath,
	yearFactsPath,
	packRows,
	statedPath
} from '../../src/lib/contract/answers.ts';
import { nodeRunner } from '../../src/lib/db/node.server.ts';
import { wholeFactsOf, type FactRow } from '../../src/lib/queries/facts.ts';
import { metricCoverage } from '../../src/lib/queries/metrics.ts';
import { answerArea } from '../../src/lib/queries/precomputed.ts';
import { countiesWithReports } from '../../src/lib/queries/regions.ts';
import type { FileEntry } from './downloads.ts';
import { sha256 } from './load.ts';

/** Rows grouped by a key, each group in the rows' order. */
function groupBy<R, K>(rows: readonly R[], key: (r: R) => K): Map<K, R[]> {
	const groups = new Map<K, R[]>();
	for (const r of rows) {
		const list = groups.get(key(r));
		if (list) list.push(r);
		else groups.set(key(r), [r]);
	}
	return groups;
}

/** Writes every area's files into `dir` (the build's staging folder); returns their entries. */
export async function writeAnswers(dir: string): Promise<Record<string, FileEntry>> {
	const { run, close } = nodeRunner(dir);
	const files: Record<string, FileEntry> = {};
	const write = (name: string, rows: readonly object[]) => {
		const text = JSON.stringify(packRows(rows as Record<string, unknown>[]));
		const file = join(dir, name);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		files[name] = { sha256: sha256(text), rows: rows.length, bytes: Buffer.byteLength(text) };
	};
	try {
		const counties = await run(countiesWithReports());
		const areaOf = new Map(counties.map((c) => [c.region_code, answerArea(c)]));
		const inArea = <R extends { region_code: string }>(rows: readonly R[]) =>
			groupBy(
				rows.filter((r) => areaOf.has(r.region_code)),
				(r) => areaOf.get(r.region_code)!
			);

		// Every area gets its index, so a reader tells "states nothing" from "file missing".
		const stated = inArea(await run(metricCoverage()));
		for (const area of new Set(areaOf.values())) write(statedPath(area), stated.get(area) ?? []);

		// A province at a time: at nation scale the country's facts at once would not fit.
		for (const province of groupBy(counties, (c) => c.province_code).values()) {
			const facts: FactRow[] = await run(wholeFactsOf(province.map((c) => c.region_code)));
			for (const [area, rows] of inArea(facts)) {
				for (const [metric, ofMetric] of groupBy(rows, (r) => r.metric_id))
					write(metricFactsPath(area, metric), ofMetric);
				for (const [year, ofYear] of groupBy(rows, (r) => r.year))
					write(yearFactsPath(area, year), ofYear);
			}
		}
	} finally {
		await close();
	}
	return files;
}
