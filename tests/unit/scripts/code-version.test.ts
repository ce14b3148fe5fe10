/**
 * The app version SvelteKit writes into every page (scripts/lib/code-version.js): the same
 * for the same code, so unchanged pages keep their bytes; another when any source changes.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { codeVersion } from '../../../scripts/lib/code-version.js';
import { sameCode } from '../../../scripts/bench/lib/full-site.ts';

const root = mkdtempSync(join(tmpdir(), 'yardstick-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(dir: string) {
	mkdirSync(join(dir, 'src', 'routes'), { recursive: true });
	writeFileSync(join(dir, 'src', 'routes', '+page.svelte'), '<h1>首页</h1>');
	writeFileSync(join(dir, 'src', 'app.html'), '<html></html>');
	writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3}');
	writeFileSync(join(dir, 'svelte.config.js'), 'export default {};');
	return dir;
}

test('the same code gives the same version, wherever it sits and however often it is asked', () => {
	const a = project(join(root, 'a'));
	const b = join(root, 'b');
	cpSync(a, b, { recursive: true });
	expect(codeVersion(a)).toMatch(/^[0-9a-f]{16}$/);
	expect(codeVersion(a)).toBe(codeVersion(a));
	expect(codeVersion(b)).toBe(codeVersion(a));
});

test('a changed, added or renamed source, or another dependency, gives another version', () => {
	const dir = project(join(root, 'c'));
	const seen = new Set([codeVersion(dir)]);
	writeFileSync(join(dir, 'src', 'routes', '+page.svelte'), '<h1>首页 </h1>');
	seen.add(codeVersion(dir));
	writeFileSync(join(dir, 'src', 'routes', 'extra.ts'), '');
	seen.add(codeVersion(dir));
	rmSync(join(dir, 'src', 'routes', 'extra.ts'));
	writeFileSync(join(dir, 'src', 'routes', 'other.ts'), '');
	seen.add(codeVersion(dir));
	writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "x": 1}');
	seen.add(codeVersion(dir));
	expect(seen.size).toBe(5);
});

test("the bench's build after one report changed refuses code other than the cold build's", () => {
	const dir = project(join(root, 'bench'));
	const version = codeVersion(dir);
	expect(() => sameCode(dir, version)).not.toThrow();
	writeFileSync(join(dir, 'src', 'routes', '+page.svelte'), '<h1>首页（改）</h1>');
	expect(() => sameCode(dir, version)).toThrow(
		new RegExp(`code changed since the cold build \\(version ${version}, now [0-9a-f]{16}\\)`)
	);
});
