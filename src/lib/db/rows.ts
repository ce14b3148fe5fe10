/**
 * DuckDB-WASM's Arrow results as plain rows: BIGINT → number, DATE → 'YYYY-MM-DD', the
 * same values db/node.server.ts gives at build time (sql.ts, plainValue).
 */
import { plainValue } from './sql.ts';

/** Arrow's Type.Date id; the same in every Arrow version (it is in the IPC format). */
const ARROW_DATE = 8;

interface ArrowResult {
	schema: { fields: { name: string; type: { typeId: number } }[] };
	toArray(): { toJSON(): Record<string, unknown> }[];
}

/** Arrow (duckdb-wasm's own Arrow 17) -> plain objects: BIGINT -> number, DATE -> 'YYYY-MM-DD'. */
export function toRows<Row>(table: ArrowResult): Row[] {
	const dates = new Set(
		table.schema.fields.filter((f) => f.type.typeId === ARROW_DATE).map((f) => f.name)
	);
	return table.toArray().map((r) => {
		const row = r.toJSON();
		for (const [k, v] of Object.entries(row)) {
			row[k] = plainValue(dates.has(k) && typeof v === 'number' ? new Date(v) : v);
		}
		return row as Row;
	});
}
