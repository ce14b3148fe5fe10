/**
 * The public site never carries the review workbench (npm run review): no page, no
 * script, none of its words or endpoints anywhere in build/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = 'build';
const TEXT = /\.(html|js|mjs|css|json|svg|txt|xml)$/;
/** Strings only the workbench has: its title, its API, its request header, its storage key. */
const MARKERS = [
	'报告审核台',
	'/api/items',
	'/api/uploads',
	'x-file-name',
	'yardstick.review',
	'YARDSTICK_REVIEW'
];

test('build/ holds no workbench page, script or words', async ({ request }) => {
	const files = readdirSync(BUILD, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(BUILD, join(e.parentPath, e.name)));
	expect(files.length).toBeGreaterThan(20);
	// Precomputed answers are named by metric id, and the catalogue has 好差评 (review_*) metrics.
	const named = files.filter((f) => !f.startsWith('data/answers/'));
	expect(named.filter((f) => /review|workbench/i.test(f))).toEqual([]);
	const found: string[] = [];
	for (const f of files.filter((f) => TEXT.test(f))) {
		const text = readFileSync(join(BUILD, f), 'utf8');
		for (const m of MARKERS) if (text.includes(m)) found.push(`${f}: ${m}`);
	}
	expect(found).toEqual([]);
	for (const path of ['/review', '/api/state', '/api/uploads']) {
		expect((await request.get(path)).status(), path).toBe(404);
	}
});
