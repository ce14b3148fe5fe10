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

/**
 * Runs a query and gives its rows: DuckDB in Node at build time (node.server.ts run),
 * DuckDB-WASM in the browser (client.ts runnerFor). A page's questions take one, so the
 * prerendered view and every later view are answered by the same code.
 */
export type Runner = <Row>(q: Query<Row>) => Promise<Row[]>;

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

/** Makes DuckDB's values plain JSON: BIGINT → number, DATE → 'YYYY-MM-DD'. */
export function plainValue(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return v;
}
