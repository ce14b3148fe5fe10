/**
 * The layout of static/data/: which tables exist, their columns in file order with their
 * types, which tables are also split per province, and where each file lives. The data
 * build writes exactly this and the site reads exactly this, so both import it from here.
 */

/** Column types as DuckDB writes them into the Parquet files. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';

const V = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';

/** Every table's columns, in the order they are written. */
export const COLUMNS = {
	regions: [
		['region_code', V],
		['name', V],
		['parent_code', V],
		['parent_name', V],
		['level', V]
	],
	reports: [
		['report_id', V],
		['region_code', V],
		['region_name', V],
		['year', I],
		['kind', V],
		['project_name', V],
		['report_type', V],
		['title', V],
		['unit_name', V],
		['filed_on', 'DATE'],
		['source_file', V],
		['source_sha256', V],
		['source_first_line', I],
		['source_last_line', I],
		['self_score', D],
		['grade', V],
		['status', V]
	],
	metrics: [
		['metric_id', V],
		['category', V],
		['category_zh', V],
		['category_en', V],
		['name_zh', V],
		['name_en', V],
		['unit', V],
		['better', V],
		['description', V],
		['max_value', D],
		['basis', V]
	],
	facts: [
		['fact_id', V],
		['report_id', V],
		['region_code', V],
		['year', I],
		['report_year', I],
		['metric_id', V],
		['value', D],
		['unit', V],
		['qualifier', V],
		['basis', V],
		['scope', V],
		['project_name', V],
		['figure', V],
		['quote', V],
		['quote_start', I],
		['quote_end', I],
		['note', V],
		['part', V]
	],
	scores: [
		['score_id', V],
		['report_id', V],
		['region_code', V],
		['year', I],
		['position', I],
		['section', V],
		['group_name', V],
		['indicator', V],
		['max_points', D],
		['points', D],
		['quote', V],
		['quote_start', I],
		['quote_end', I]
	],
	findings: [
		['report_id', V],
		['region_code', V],
		['year', I],
		['check_id', V],
		['severity', V],
		['message', V],
		['message_en', V],
		['fact_ids', V],
		['score_ids', V]
	]
} as const satisfies Record<string, readonly (readonly [string, ColumnType])[]>;

export type TableName = keyof typeof COLUMNS;

/** The column names of one table. */
export type ColumnOf<T extends TableName> = (typeof COLUMNS)[T][number][0];

/** Names of the Parquet tables, in the order they are built and listed. */
export const TABLES = Object.keys(COLUMNS) as TableName[];

/**
 * Tables also written once per province (the top-level ancestor of a row's region), so a
 * view of one province fetches only its own rows. The other tables are small and whole.
 */
export const SHARDED = ['reports', 'facts', 'scores', 'findings'] as const satisfies TableName[];
export type ShardedTable = (typeof SHARDED)[number];

/** The column that places a row of a sharded table in its province. */
export const SHARD_COLUMN = 'region_code' satisfies ColumnOf<ShardedTable>;

export const isSharded = (t: TableName): t is ShardedTable =>
	(SHARDED as readonly string[]).includes(t);

/** The national file of a table, relative to static/data/. */
export const tablePath = (table: TableName) => `${table}.parquet`;

/** A province's file of a sharded table, without its extension (the site's load key). */
export const shardName = (province: string, table: ShardedTable) =>
	`provinces/${province}/${table}`;

/** A province's file of a sharded table, relative to static/data/. */
export const shardPath = (province: string, table: ShardedTable) =>
	`${shardName(province, table)}.parquet`;

/** Every file a table is published as, for the given provinces. */
export const filesOf = (table: TableName, provinces: readonly string[]): string[] =>
	isSharded(table) ? provinces.map((p) => shardPath(p, table)) : [tablePath(table)];

/**
 * The text the build verified a non-text source against (a PDF's text layer, a Word or
 * Excel file's cells, a web page's article), relative to static/data/; a UTF-8 text source
 * is its own text and has none.
 */
export const sourceTextPath = (file: string) => `source-text/${file}.txt`;
