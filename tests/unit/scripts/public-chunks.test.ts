import { describe, expect, test } from 'vitest';
import {
	PUBLIC_ROUTES,
	publicChunkProblems,
	type ChunkInfo
} from '../../../scripts/lib/public-chunks.ts';

const ROOT = '/site';
const chunk = (fileName: string, over: Partial<ChunkInfo> = {}): ChunkInfo => ({
	fileName,
	moduleIds: [],
	imports: [],
	dynamicImports: [],
	...over
});

/** One chunk per public route, all importing a shared chunk. */
const clean = (): ChunkInfo[] => [
	...PUBLIC_ROUTES.map((r, i) =>
		chunk(`nodes/${i}.js`, { moduleIds: [`${ROOT}/${r}`], imports: ['chunks/shared.js'] })
	),
	chunk('chunks/shared.js', { moduleIds: [`${ROOT}/src/lib/format/value.ts`] }),
	// The dashboard's node reaches the engine: allowed, it is not public.
	chunk('nodes/9.js', {
		moduleIds: [`${ROOT}/src/routes/compare/+page.svelte`],
		dynamicImports: ['chunks/engine.js']
	}),
	chunk('chunks/engine.js', {
		moduleIds: [`${ROOT}/src/lib/db/engine.ts`, `${ROOT}/node_modules/@duckdb/duckdb-wasm/x.mjs`]
	})
];

describe('public pages and the engine', () => {
	test('a build where only the dashboards reach the engine passes', () => {
		expect(publicChunkProblems(clean(), ROOT)).toEqual([]);
	});

	test('a public page that can import the engine, however late, fails', () => {
		const chunks = clean();
		chunks[0] = { ...chunks[0]!, dynamicImports: ['chunks/client.js'] };
		chunks.push(
			chunk('chunks/client.js', {
				moduleIds: [`${ROOT}/src/lib/db/client.ts`],
				dynamicImports: ['chunks/engine.js']
			})
		);
		const problems = publicChunkProblems(chunks, ROOT);
		expect(problems).toContain(
			`${PUBLIC_ROUTES[0]} reaches src/lib/db/client.ts (chunks/client.js)`
		);
		expect(problems).toContain(
			`${PUBLIC_ROUTES[0]} reaches src/lib/db/engine.ts and 1 more engine modules (chunks/engine.js)`
		);
	});

	test('a duckdb-* file reached from a public page fails', () => {
		const chunks = clean();
		chunks[1] = { ...chunks[1]!, imports: ['workers/duckdb-browser-eh.worker.js'] };
		expect(publicChunkProblems(chunks, ROOT)).toEqual([
			`${PUBLIC_ROUTES[1]} reaches workers/duckdb-browser-eh.worker.js`
		]);
	});

	test('a public route missing from the build is reported, not skipped', () => {
		const chunks = clean().filter((c) => c.fileName !== 'nodes/2.js');
		expect(publicChunkProblems(chunks, ROOT)).toEqual([
			`${PUBLIC_ROUTES[2]} is not in the client build (moved? update PUBLIC_ROUTES)`
		]);
	});
});
