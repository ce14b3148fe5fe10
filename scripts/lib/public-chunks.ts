/**
 * The public pages must never load the query engine: they are read on slow phones and
 * must be complete without it. Checked on the client build's chunk graph (a Vite plugin
 * in vite.config.ts fails the build): from the chunks of each public route, following
 * static and dynamic imports, no chunk may hold engine code or be a duckdb-* file.
 */
export interface ChunkInfo {
	fileName: string;
	/** Absolute ids of the modules bundled in this chunk. */
	moduleIds: readonly string[];
	/** File names of the chunks it imports, statically and dynamically. */
	imports: readonly string[];
	dynamicImports: readonly string[];
}

/** The route components of the public pages (and the layout every page loads). */
export const PUBLIC_ROUTES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/city/[code]/+page.svelte',
	'src/routes/sources/[report]/+page.svelte'
];

/** Modules that start or hold the engine: DuckDB-WASM, the engine and its Parquet worker. */
const ENGINE = [
	/[/\\]src[/\\]lib[/\\]db[/\\](engine|client|parquet-loader|parquet\.worker)\.ts/,
	/[/\\]@duckdb[/\\]duckdb-wasm[/\\]/
];
const ENGINE_FILE = /(^|\/)duckdb-[^/]*$/;

/** Problems found (empty when every public route stays clear of the engine). */
export function publicChunkProblems(chunks: readonly ChunkInfo[], root: string): string[] {
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const norm = (id: string) => id.replace(/\\/g, '/');
	const problems: string[] = [];
	for (const route of PUBLIC_ROUTES) {
		const id = `${norm(root)}/${route}`;
		const starts = chunks.filter((c) => c.moduleIds.some((m) => norm(m).split('?')[0] === id));
		if (starts.length === 0) {
			problems.push(`${route} is not in the client build (moved? update PUBLIC_ROUTES)`);
			continue;
		}
		const seen = new Set<string>();
		const queue = starts.map((c) => c.fileName);
		while (queue.length) {
			const name = queue.shift()!;
			if (seen.has(name)) continue;
			seen.add(name);
			if (ENGINE_FILE.test(name)) problems.push(`${route} reaches ${name}`);
			const chunk = byName.get(name);
			if (!chunk) continue;
			const engine = chunk.moduleIds.filter((m) => ENGINE.some((re) => re.test(m)));
			if (engine.length) {
				const first = norm(engine[0]!).replace(`${norm(root)}/`, '');
				const more = engine.length > 1 ? ` and ${engine.length - 1} more engine modules` : '';
				problems.push(`${route} reaches ${first}${more} (${name})`);
			}
			queue.push(...chunk.imports, ...chunk.dynamicImports);
		}
	}
	return problems;
}
