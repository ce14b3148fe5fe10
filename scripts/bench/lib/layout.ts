/**
 * What a single-province view would fetch from static/data/ under three layouts, for
 * each table that has a region_code (the largest province, by facts rows):
 *   as built     one file, DuckDB's default row groups, rows sorted by region; a reader
 *                with HTTP range requests fetches the footer and the row groups whose
 *                region_code min/max overlap the province
 *   small groups the same file rewritten with ROW_GROUP_SIZE `SMALL_GROUP` rows
 *   per province one file per province (the province's rows alone)
 * Measures only; changes nothing in the build.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARDED, tablePath, type TableName } from '../../../src/lib/contract/tables.ts';

export const SMALL_GROUP = 16_384;
/** The tables with a region_code: the ones the build also splits per province. */
const TABLES = SHARDED;
/** What a chart needs from facts, without the quote text a detail pane loads on demand. */
const LEAN_FACT_COLUMNS = ['region_code', 'year', 'metric_id', 'value', 'qualifier', 'basis'];

export interface TableLayout {
	table: string;
	rows: number;
	bytes: number;
	rowGroups: number;
	provinceRows: number;
	/** Row groups + footer a range reader fetches from the file as built. */
	asBuiltBytes: number;
	/** The same with `SMALL_GROUP`-row groups (file size, fetched bytes). */
	smallGroupsFileBytes: number;
	smallGroupsBytes: number;
	/** facts only: small groups, chart columns only. */
	smallGroupsLeanBytes?: number;
	perProvinceFileBytes: number;
}

export interface LayoutReport {
	province: { code: string; name: string; counties: number; factRows: number; factShare: number };
	tables: TableLayout[];
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function rows<T>(conn: DuckDBConnection, sql: string): Promise<T[]> {
	return (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
}

/** Bytes a range reader fetches: footer + the column chunks of overlapping row groups. */
async function fetchedBytes(
	conn: DuckDBConnection,
	file: string,
	lo: string,
	hi: string,
	columns?: string[]
): Promise<number> {
	const [meta] = await rows<{ footer_size: bigint }>(
		conn,
		`SELECT footer_size FROM parquet_file_metadata(${lit(file)})`
	);
	const groups = await rows<{ row_group_id: bigint }>(
		conn,
		`SELECT row_group_id FROM parquet_metadata(${lit(file)})
		 WHERE path_in_schema = 'region_code' AND stats_min_value <= ${lit(hi)} AND stats_max_value >= ${lit(lo)}`
	);
	if (groups.length === 0) return Number(meta!.footer_size) + 8;
	const ids = groups.map((g) => String(g.row_group_id)).join(', ');
	const only = columns ? `AND path_in_schema IN (${columns.map(lit).join(', ')})` : '';
	const [sum] = await rows<{ bytes: bigint }>(
		conn,
		`SELECT sum(total_compressed_size)::BIGINT AS bytes FROM parquet_metadata(${lit(file)})
		 WHERE row_group_id IN (${ids}) ${only}`
	);
	return Number(sum!.bytes) + Number(meta!.footer_size) + 8;
}

export async function analyseLayout(outDir: string): Promise<LayoutReport> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	const tmp = mkdtempSync(join(tmpdir(), 'bench-layout-'));
	try {
		const file = (t: TableName) => join(outDir, tablePath(t));
		await conn.run(`CREATE TABLE place AS
			SELECT c.region_code AS county, p.region_code AS province, p.name AS province_name
			FROM read_parquet(${lit(file('regions'))}) c
			JOIN read_parquet(${lit(file('regions'))}) m ON c.parent_code = m.region_code
			JOIN read_parquet(${lit(file('regions'))}) p ON m.parent_code = p.region_code
			WHERE c.level = 'county'`);
		const [top] = await rows<{
			province: string;
			province_name: string;
			n: bigint;
			counties: bigint;
			lo: string;
			hi: string;
			total: bigint;
		}>(
			conn,
			`SELECT province, province_name, count(*)::BIGINT AS n, count(DISTINCT county)::BIGINT AS counties,
				min(county) AS lo, max(county) AS hi, (SELECT count(*) FROM read_parquet(${lit(file('facts'))}))::BIGINT AS total
			 FROM read_parquet(${lit(file('facts'))}) f JOIN place ON f.region_code = place.county
			 GROUP BY ALL ORDER BY n DESC, province LIMIT 1`
		);
		if (!top) throw new Error(`no county with facts in ${outDir}`);
		const tables: TableLayout[] = [];
		for (const t of TABLES) {
			const src = file(t);
			const [info] = await rows<{
				num_rows: bigint;
				num_row_groups: bigint;
				file_size_bytes: bigint;
			}>(
				conn,
				`SELECT num_rows, num_row_groups, file_size_bytes FROM parquet_file_metadata(${lit(src)})`
			);
			const inProvince = `region_code IN (SELECT county FROM place WHERE province = ${lit(top.province)})`;
			const [p] = await rows<{ n: bigint }>(
				conn,
				`SELECT count(*)::BIGINT AS n FROM read_parquet(${lit(src)}) WHERE ${inProvince}`
			);
			const small = join(tmp, `${t}-small.parquet`);
			await conn.run(
				`COPY (SELECT * FROM read_parquet(${lit(src)})) TO ${lit(small)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${SMALL_GROUP})`
			);
			const own = join(tmp, `${t}-province.parquet`);
			await conn.run(
				`COPY (SELECT * FROM read_parquet(${lit(src)}) WHERE ${inProvince}) TO ${lit(own)} (FORMAT parquet, COMPRESSION zstd)`
			);
			tables.push({
				table: t,
				rows: Number(info!.num_rows),
				bytes: Number(info!.file_size_bytes),
				rowGroups: Number(info!.num_row_groups),
				provinceRows: Number(p!.n),
				asBuiltBytes: await fetchedBytes(conn, src, top.lo, top.hi),
				smallGroupsFileBytes: statSync(small).size,
				smallGroupsBytes: await fetchedBytes(conn, small, top.lo, top.hi),
				...(t === 'facts'
					? {
							smallGroupsLeanBytes: await fetchedBytes(
								conn,
								small,
								top.lo,
								top.hi,
								LEAN_FACT_COLUMNS
							)
						}
					: {}),
				perProvinceFileBytes: statSync(own).size
			});
		}
		return {
			province: {
				code: top.province,
				name: top.province_name,
				counties: Number(top.counties),
				factRows: Number(top.n),
				factShare: Number(top.n) / Number(top.total)
			},
			tables
		};
	} finally {
		conn.closeSync();
		instance.closeSync();
		rmSync(tmp, { recursive: true, force: true });
	}
}
