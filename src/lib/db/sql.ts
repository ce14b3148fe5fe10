/**
 * Parameterised SQL: sql`SELECT … WHERE metric_id = ${id}` keeps values out of the text,
 * so nothing from a URL or a form is ever spliced into a statement. The same Query runs
 * in DuckDB-WASM in the browser and in DuckDB at build time (prerendering).
 */
export type Param = string | number | boolean | null;

export interface Query<Row = Record<string, unknown>> {
	readonly sql: string;
	readonly params: readonly Param[];
	/** Phantom: the row type this query returns. */
	readonly _row?: Row;
}

/** A fragment that is trusted SQL text (identifiers chosen by code, never by a user). */
export interface Raw {
	readonly raw: string;
}

export const raw = (text: string): Raw => ({ raw: text });

export function sql<Row = Record<string, unknown>>(
	strings: TemplateStringsArray,
	...values: (Param | Raw | readonly Param[])[]
): Query<Row> {
	let text = strings[0]!;
	const params: Param[] = [];
	values.forEach((v, i) => {
		if (v !== null && typeof v === 'object' && 'raw' in v) text += v.raw;
		else if (Array.isArray(v)) {
			// IN lists: one placeholder per value; an empty list matches nothing.
			text += v.length ? v.map(() => '?').join(', ') : 'NULL';
			params.push(...v);
		} else {
			text += '?';
			params.push(v as Param);
		}
		text += strings[i + 1]!;
	});
	return { sql: text, params };
}

/** Names of the Parquet tables the site reads (static/data/<name>.parquet). */
export const TABLES = ['regions', 'reports', 'metrics', 'facts', 'scores', 'findings'] as const;
export type TableName = (typeof TABLES)[number];

/**
 * Tables also written once per province (the region's top ancestor), under
 * data/provinces/<code>/: a view of one province fetches only its own rows.
 */
export const SHARDED = ['reports', 'facts', 'scores', 'findings'] as const satisfies TableName[];
export type ShardedTable = (typeof SHARDED)[number];

export const isSharded = (t: TableName): t is ShardedTable =>
	(SHARDED as readonly string[]).includes(t);

/** A province's copy of a table, relative to data/. */
export const shardPath = (province: string, table: string) =>
	`provinces/${province}/${table}.parquet`;

/**
 * The text the build verified a non-text source against (a PDF's text layer, a web
 * page's article), relative to data/; a UTF-8 text source is its own text and has none.
 */
export const sourceTextPath = (file: string) => `source-text/${file}.txt`;

/** Makes DuckDB's values plain JSON: BIGINT → number, DATE → 'YYYY-MM-DD'. */
export function plainValue(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return v;
}
