/**
 * The app's version, named in every page and script SvelteKit writes. SvelteKit's default is
 * the build time, which changes every file on every build; a hash of the code keeps a page
 * whose code and data did not change byte-identical, so a rebuild reuses its compressed bytes
 * (scripts/lib/precompress.js) and a deployment copies only what changed.
 *
 * Plain JavaScript because svelte.config.js imports it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the built code is made of: the app's sources, its configuration and its dependencies. */
const INPUTS = ['src', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];

/** @param {string} root @returns {string} */
export function codeVersion(root = '.') {
	const hash = createHash('sha256');
	const files = INPUTS.flatMap((input) => {
		const path = join(root, input);
		try {
			return readdirSync(path, { recursive: true, withFileTypes: true })
				.filter((d) => d.isFile())
				.map((d) => join(d.parentPath, d.name));
		} catch {
			return [path];
		}
	}).sort();
	for (const file of files) {
		let bytes;
		try {
			bytes = readFileSync(file);
		} catch {
			continue;
		}
		hash.update(relative(root, file)).update('\0').update(bytes).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}
