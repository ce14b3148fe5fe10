/**
 * DuckDB-WASM in the browser, started once per visit. Load it with a dynamic import
 * (or through client.ts): prerendering runs in Node and must never evaluate this file.
 *
 * Readiness is explicit, as in Evidence's client: engineReady() and tablesReady() each
 * return one memoised promise that every caller awaits; nothing re-initialises. The
 * wasm and worker files come from this site (Vite ?url), Parquet is decoded in our own
 * worker, and extension auto-loading is switched off: nothing is fetched from another
 * origin, which matters on the intranets this runs on.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { asset } from '$app/paths';
import type { ColumnSpec, ParquetOptions } from './parquet-arrow.ts';
import { decodeParquet } from './parquet-loader.ts';
import {
	isSharded,
	shardName,
	TABLES,
	type ShardedTable,
	type TableName
} from '../contract/tables.ts';
import type { Query } from './sql.ts';
import { toRows } from './rows.ts';
import { dbStatus, reportError } from './status.svelte.ts';
import { STALL_MS, watchdog } from './watchdog.ts';

export interface Engine {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
	bundle: 'eh' | 'mvp';
}

export interface TableOptions extends ParquetOptions {
	/** Register under this name instead of the file's (for projected or filtered copies). */
	as?: string;
}

const LOCKDOWN = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];

const sameOrigin = (url: string) => new URL(url, location.href).href;
const quoteIdent = (id: string) => `"${id.replace(/"/g, '""')}"`;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A promise that only ever rejects: when the file at `url` is missing. */
async function mustExist(url: string, what: string): Promise<never> {
	const res = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
	if (!res.ok) throw new Error(`${what}缺失：HTTP ${res.status} (file missing: ${url})`);
	return new Promise<never>(() => {});
}

function workerFailure(worker: Worker): Promise<never> {
	return new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			reject(new Error(`数据引擎线程无法启动 (DuckDB worker failed): ${event.message ?? ''}`));
		});
	});
}

let duckWorker: Worker | null = null;

async function startEngine(kick: () => void): Promise<Engine> {
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: sameOrigin(mvpWasm), mainWorker: sameOrigin(mvpWorker) },
		eh: { mainModule: sameOrigin(ehWasm), mainWorker: sameOrigin(ehWorker) }
	};
	const bundle = await duckdb.selectBundle(bundles);
	duckWorker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), duckWorker);
	const failures = [workerFailure(duckWorker), mustExist(bundle.mainModule, '数据引擎文件')];
	for (const f of failures) f.catch(() => {});
	await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker, kick), ...failures]);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	for (const statement of LOCKDOWN) await conn.query(statement);
	return { db, conn, bundle: bundle.mainModule === bundles.eh!.mainModule ? 'eh' : 'mvp' };
}

let engine: Promise<Engine> | null = null;

/** Starts DuckDB-WASM on first call; every call returns the same promise. */
export function engineReady(): Promise<Engine> {
	if (engine) return engine;
	if (dbStatus.state === 'idle') dbStatus.state = 'loading';
	engine = watchdog(
		startEngine,
		STALL_MS,
		`数据引擎 ${STALL_MS / 1000} 秒内没有进展，已停止等待 (the data engine did not start)`
	).then(
		(e) => {
			dbStatus.bundle = e.bundle;
			dbStatus.engineReadyMs = Math.round(performance.now());
			return e;
		},
		(e) => {
			duckWorker?.terminate();
			throw reportError(
				new Error(`数据引擎无法启动 (engine failed): ${messageOf(e)}`, { cause: e })
			);
		}
	);
	engine.catch(() => {});
	return engine;
}

function fetchTable(file: string, options: ParquetOptions) {
	const url = sameOrigin(asset(`/data/${file}.parquet`));
	// The decode worker reports progress (bytes arriving, its queue moving): a file waiting
	// behind others, or downloading slowly, is not stalled.
	return watchdog(
		(kick) => decodeParquet(file, url, options, kick),
		STALL_MS,
		`数据文件 ${file}.parquet ${STALL_MS / 1000} 秒内没有进展，已停止等待 (data file stalled)`
	);
}

/** Inserts a decoded file into `target`, creating it (`create`) or appending to it. */
async function insertTable(
	file: string,
	decoded: ReturnType<typeof fetchTable>,
	target: string,
	create: boolean
) {
	const [{ conn }, table] = await Promise.all([engineReady(), decoded]);
	const t0 = performance.now();
	try {
		if (table.ipc) await conn.insertArrowFromIPCStream(table.ipc, { name: target, create });
		else if (create) await conn.query(emptyTable(target, table.columns));
	} catch (e) {
		throw new Error(`表 ${target} 无法载入数据引擎 (could not be registered): ${messageOf(e)}`, {
			cause: e
		});
	}
	const now = performance.now();
	const { rows, bytes, fetchMs, decodeMs } = table;
	const insertMs = Math.round(now - t0);
	dbStatus.tables[file] = { rows, bytes, fetchMs, decodeMs, insertMs, readyMs: Math.round(now) };
}

/** DuckDB-WASM cannot ingest an Arrow stream without rows (duckdb/duckdb-wasm#1262). */
function emptyTable(name: string, columns: readonly ColumnSpec[]): string {
	const cols = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
	return `CREATE TABLE ${quoteIdent(name)} (${cols})`;
}

const registered = new Map<string, Promise<void>>();
/** The keys of `registered` whose load has finished. */
const loaded = new Set<string>();

function once(key: string, load: () => Promise<void>): Promise<void> {
	let p = registered.get(key);
	if (!p) {
		p = load().then(
			() => void loaded.add(key),
			(e) => {
				throw reportError(e);
			}
		);
		p.catch(() => {});
		registered.set(key, p);
	}
	return p;
}

/**
 * Registers static/data/<file>.parquet as a DuckDB table, once per target name (the
 * first registration of a name wins). Columns/filter make a smaller copy, under `as`.
 * The per-province tables (SHARDED) are loaded by province instead: see ensureTables.
 */
export function registerTable(file: TableName, options: TableOptions = {}): Promise<void> {
	const { as: target = file, ...parquet } = options;
	return once(target, () => insertTable(file, fetchTable(file, parquet), target, true));
}

/** Which provinces' rows a view needs: province codes (top-level regions), or all of them. */
export type Provinces = readonly string[] | 'all';

/**
 * The province codes meant. None still needs the tables to exist (a view with nothing
 * chosen runs its query all the same), so it loads the smallest: the first.
 */
async function provinceCodes(provinces: Provinces): Promise<readonly string[]> {
	if (provinces !== 'all' && provinces.length > 0) return provinces;
	await registerTable('regions');
	const { conn } = await engineReady();
	const rows = await conn.query(
		'SELECT region_code FROM regions WHERE parent_code IS NULL ORDER BY region_code'
	);
	const all = rows.toArray().map((r) => String(r.toJSON().region_code));
	return provinces === 'all' ? all : all.slice(0, 1);
}

/** Each sharded table's loads run in turn: the first creates the table, the rest append. */
const chains = new Map<ShardedTable, Promise<unknown>>();

function loadShard(table: ShardedTable, province: string): Promise<void> {
	return once(`${table}@${province}`, () => {
		const first = !chains.has(table);
		const file = shardName(province, table);
		// Fetch and decode start now; only the insert waits for the table's earlier loads.
		const decoded = fetchTable(file, {});
		decoded.catch(() => {}); // reported when its turn comes
		const chain = (chains.get(table) ?? Promise.resolve()).then(() =>
			insertTable(file, decoded, table, first)
		);
		chains.set(
			table,
			chain.catch(() => {})
		);
		return chain;
	});
}

/**
 * Waits until these tables (all six by default) can be queried over `provinces`: the
 * sharded ones hold exactly the rows of the provinces loaded so far, so a view of one
 * province never downloads the country.
 */
export async function ensureTables(
	names: readonly TableName[] = TABLES,
	provinces: Provinces = 'all'
): Promise<void> {
	const shards = names.filter(isSharded);
	const codes = shards.length ? await provinceCodes(provinces) : [];
	await Promise.all([
		...names.filter((n) => !isSharded(n)).map((n) => registerTable(n)),
		...shards.flatMap((t) => codes.map((p) => loadShard(t, p)))
	]);
}

/**
 * Whether `tables` can be queried over `provinces` now, without waiting or fetching: a
 * page then asks the engine rather than precomputed answers. Not known for 'all' or none.
 */
export function holds(provinces: Provinces, tables: readonly TableName[] = TABLES): boolean {
	if (provinces === 'all' || provinces.length === 0) return false;
	return tables.every((t) =>
		isSharded(t) ? provinces.every((p) => loaded.has(`${t}@${p}`)) : loaded.has(t)
	);
}

const readies = new Map<string, Promise<void>>();

/**
 * Starts the engine and loads `tables` (a page's own, or all) over `provinces`; resolves
 * when all are queryable.
 */
export function tablesReady(
	provinces: Provinces = 'all',
	tables: readonly TableName[] = TABLES
): Promise<void> {
	const key = `${[...tables].sort().join(',')}@${provinces === 'all' ? 'all' : [...provinces].sort().join(',')}`;
	let ready = readies.get(key);
	if (ready) return ready;
	ready = ensureTables(tables, provinces).then(() => {
		dbStatus.tablesReadyMs ??= Math.round(performance.now());
		if (dbStatus.state !== 'error') dbStatus.state = 'ready';
	});
	ready.catch(() => {});
	readies.set(key, ready);
	return ready;
}

/** The registered tables a statement reads, or null when DuckDB cannot say. */
async function tablesOf(conn: duckdb.AsyncDuckDBConnection, text: string) {
	try {
		// getTableNames rejects placeholders; a NULL in their place parses the same way.
		const names = await conn.getTableNames(text.replace(/\?/g, 'NULL'));
		return (TABLES as readonly string[]).filter((t) => names.includes(t)) as TableName[];
	} catch {
		return null;
	}
}

/**
 * Runs a parameterised query (a prepared statement; values never enter the SQL text)
 * once the tables it reads are loaded over `provinces`. Starts the engine on first use.
 */
export async function query<Row>(q: Query<Row>, provinces: Provinces = 'all'): Promise<Row[]> {
	const { conn } = await engineReady();
	const needed = await tablesOf(conn, q.sql);
	await (needed ? ensureTables(needed, provinces) : tablesReady(provinces));
	if (dbStatus.state === 'loading') dbStatus.state = 'ready';
	const statement = await conn.prepare(q.sql);
	try {
		return toRows<Row>(await statement.query(...q.params));
	} finally {
		await statement.close();
	}
}
