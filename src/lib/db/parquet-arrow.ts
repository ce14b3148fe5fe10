/**
 * Parquet bytes -> Arrow IPC stream bytes, for DuckDB-WASM's insertArrowFromIPCStream.
 * Pure (no fetch, no DOM): runs in the decode worker and in unit tests under Node.
 *
 * Types come from the Parquet schema and are made explicit on the Arrow side, because
 * Arrow's inference would dictionary-encode strings and guess number widths. Bytes,
 * not Table objects, cross to DuckDB: duckdb-wasm bundles its own Arrow 17.
 */
import {
	Bool,
	DateDay,
	Float32,
	Float64,
	Int32,
	Int64,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';
import {
	parquetMetadata,
	parquetReadObjects,
	parquetSchema,
	type ParquetQueryFilter,
	type SchemaElement
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
}

export interface ParquetOptions {
	/** Read only these columns (in this order); all columns when absent. */
	columns?: string[];
	/** hyparquet's row filter (Mongo-style, e.g. { region_code: { $eq: '440281' } }). */
	filter?: ParquetQueryFilter;
}

export interface ArrowTable {
	columns: ColumnSpec[];
	rows: number;
	/** Arrow IPC stream; null when there are no rows (DuckDB-WASM cannot ingest an empty one). */
	ipc: Uint8Array | null;
}

const ARROW_TYPE: Record<ColumnType, () => DataType> = {
	VARCHAR: () => new Utf8(),
	INTEGER: () => new Int32(),
	BIGINT: () => new Int64(),
	DOUBLE: () => new Float64(),
	FLOAT: () => new Float32(),
	BOOLEAN: () => new Bool(),
	DATE: () => new DateDay()
};

/** The SQL type of a flat Parquet column, or null if this layer does not handle it. */
export function columnType(e: SchemaElement): ColumnType | null {
	const logical = e.logical_type?.type;
	const converted = e.converted_type;
	switch (e.type) {
		case 'BYTE_ARRAY':
			return converted === 'UTF8' || logical === 'STRING' ? 'VARCHAR' : null;
		case 'INT32':
			if (converted === 'DATE' || logical === 'DATE') return 'DATE';
			return !converted || converted.startsWith('INT_') ? 'INTEGER' : null;
		case 'INT64':
			return !converted || converted === 'INT_64' ? 'BIGINT' : null;
		case 'DOUBLE':
			return 'DOUBLE';
		case 'FLOAT':
			return 'FLOAT';
		case 'BOOLEAN':
			return 'BOOLEAN';
		default:
			return null;
	}
}

/** Reads a whole Parquet file (already in memory) into an Arrow IPC stream. */
export async function parquetToArrow(
	file: ArrayBuffer,
	options: ParquetOptions = {},
	label = 'parquet'
): Promise<ArrowTable> {
	const metadata = parquetMetadata(file);
	const schema = parquetSchema(metadata).children;
	const available = new Map<string, ColumnSpec>();
	for (const { element, children } of schema) {
		const type = children.length ? null : columnType(element);
		if (!type) {
			const t = [element.type, element.converted_type].filter(Boolean).join('/');
			throw new Error(
				`${label}: 列 ${element.name} 的类型 ${t} 不受支持 (unsupported column type)`
			);
		}
		available.set(element.name, { name: element.name, type });
	}
	const wanted = options.columns ?? [...available.keys()];
	const columns = wanted.map((name) => {
		const spec = available.get(name);
		if (!spec) throw new Error(`${label}: 没有列 ${name} (no such column)`);
		return spec;
	});

	const rows = await parquetReadObjects({
		file,
		metadata,
		columns: wanted,
		filter: options.filter,
		compressors
	});
	if (rows.length === 0) return { columns, rows: 0, ipc: null };

	const vectors: Record<string, Vector> = {};
	for (const { name, type } of columns) {
		// hyparquet gives null for missing values; ?? also maps undefined, so NULL stays NULL.
		const values = rows.map((r) => r[name] ?? null);
		vectors[name] = vectorFromArray(values, ARROW_TYPE[type]());
	}
	return { columns, rows: rows.length, ipc: tableToIPC(new Table(vectors), 'stream') };
}
