/**
 * A dashboard starts its engine with only the tables its questions read (FACT_TABLES,
 * SCORE_TABLES): each question is run here over a DuckDB that has those tables and no
 * others, so a query that grows a JOIN onto another table fails this test instead of
 * waiting, in the browser, for a table the page never asked for.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tablePath, type TableName } from '../../../src/lib/contract/tables.ts';
import { nodeRunner } from '../../../src/lib/db/node.server.ts';
import { plainValue, type Query, type Runner } from '../../../src/lib/db/sql.ts';
import { answerCompare } from '../../../src/lib/queries/compare.ts';
import { answerCoverage } from '../../../src/lib/queries/coverage.ts';
import { FACT_TABLES } from '../../../src/lib/queries/facts.ts';
import { answerMatrix } from '../../../src/lib/queries/matrix.ts';
import { allMetrics, catalogueOf, metricCoverage } from '../../../src/lib/queries/metrics.ts';
import { countiesWithReports } from '../../../src/lib/queries/regions.ts';
import { answerIndicators, SCORE_TABLES } from '../../../src/lib/queries/scores.ts';
import { build, copyData, made, tempDir } from '../scripts/build-helpers.ts';

let out: string;
const closers: (() => void)[] = [];

beforeAll(async () => {
	out = join(tempDir(), 'out');
	const built = await build(copyData(), out, '--quiet');
	expect(built.code, built.stderr).toBe(0);
}, 60_000);

afterAll(() => {
	for (const c of closers) c();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A runner over only `tables`. */
async function runnerOver(tables: readonly TableName[]): Promise<Runner> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn: DuckDBConnection = await instance.connect();
	closers.push(() => (conn.closeSync(), instance.closeSync()));
	for (const t of tables)
		await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(out, tablePath(t))}')`);
	return async <Row>(q: Query<Row>) =>
		(await conn.runAndReadAll(q.sql, q.params as never))
			.getRowObjectsJS()
			.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plainValue(v)])) as Row);
}

test('/compare, /matrix and /coverage answer from FACT_TABLES; a county page from SCORE_TABLES', async () => {
	const { run, close } = nodeRunner(out);
	const [metrics, coverage, counties] = await Promise.all([
		run(allMetrics()),
		run(metricCoverage()),
		run(countiesWithReports())
	]);
	await close();
	const catalogue = catalogueOf(metrics, coverage);
	const metric = catalogue[0]!;
	const year = metric.years.at(-1)!;
	const codes = counties.map((c) => c.region_code);

	const facts = await runnerOver(FACT_TABLES);
	const view = { metric: metric.metric_id, year, counties: codes };
	expect((await answerCompare(facts, view, metric, counties)).ranking.length).toBeGreaterThan(0);
	expect((await answerMatrix(facts, year, catalogue, counties)).groups.length).toBeGreaterThan(0);
	await answerCoverage(facts, year, catalogue, counties);

	const scores = await runnerOver(SCORE_TABLES);
	const scored = counties.find((c) => c.reports > 0)!;
	await answerIndicators(scores, scored.region_code, scored.last_year);
});
