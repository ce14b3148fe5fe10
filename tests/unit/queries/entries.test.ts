/**
 * The one list of prerendered pages: every dynamic route of src/routes takes its entries
 * from it (so the benchmark that samples them samples what the build renders), and a
 * route's parameters make its path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { pathOf, ROUTE_ENTRIES } from '../../../src/lib/queries/entries.ts';

const ROUTES = join(import.meta.dirname, '../../../src/routes');

/** Route ids with a parameter, as SvelteKit names them, and their server module's text. */
function dynamicRoutes(): Map<string, string> {
	const out = new Map<string, string>();
	for (const d of readdirSync(ROUTES, { recursive: true, withFileTypes: true })) {
		if (d.name !== '+page.server.ts') continue;
		const id = '/' + relative(ROUTES, d.parentPath).split(sep).join('/');
		if (id.includes('[')) out.set(id, readFileSync(join(d.parentPath, d.name), 'utf8'));
	}
	return out;
}

test('every dynamic route prerenders the pages ROUTE_ENTRIES lists for it, and only those', () => {
	const routes = dynamicRoutes();
	expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTE_ENTRIES).sort());
	for (const [id, text] of routes) expect(text, id).toContain(`ROUTE_ENTRIES['${id}'](run)`);
});

test("a route's parameters make its path, each one encoded; a missing one is an error", () => {
	expect(pathOf('/brief/[city]/[year]', { city: '440200', year: '2023' })).toBe(
		'/brief/440200/2023'
	);
	expect(pathOf('/sources/[report]', { report: '440203-2023#x' })).toBe('/sources/440203-2023%23x');
	expect(() => pathOf('/county/[code]', {})).toThrow(/\/county\/\[code\]: no value for \[code\]/);
});
