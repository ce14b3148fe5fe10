/**
 * Builds the workbench's page when its sources changed since the last build: the page's
 * own files and the shared code it imports (format/, domain/, the workbench's words) are
 * hashed, and the build is reused while the hash is the same. The build goes into a
 * git-ignored cache folder, written beside it and renamed into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';

const INPUTS = [
	'scripts/review/ui',
	'scripts/review/shared',
	'src/app.css',
	'src/lib/format',
	'src/lib/domain',
	'src/lib/i18n/review.ts',
	'src/lib/i18n/review-messages.ts',
	'src/lib/components/highlight.ts',
	'package-lock.json'
];

function files(root: string, rel: string): string[] {
	const path = join(root, rel);
	if (!existsSync(path)) return [];
	if (!statSync(path).isDirectory()) return [rel];
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(root, join(e.parentPath, e.name)))
		.sort();
}

export function uiHash(root: string): string {
	const h = createHash('sha256');
	for (const rel of INPUTS.flatMap((r) => files(root, r))) {
		h.update(rel)
			.update('\0')
			.update(readFileSync(join(root, rel)))
			.update('\0');
	}
	return h.digest('hex').slice(0, 16);
}

/** The folder holding the built page, building it first when stale. */
export async function ensureUi(root: string, log: (s: string) => void): Promise<string> {
	const cache = join(root, 'node_modules', '.cache', 'yardstick-review-ui');
	const hash = uiHash(root);
	const dir = join(cache, hash);
	if (existsSync(join(dir, 'index.html'))) return dir;
	log('building the workbench page …');
	const tmp = join(cache, `.${hash}-${process.pid}`);
	await build({
		configFile: join(root, 'scripts/review/ui/vite.config.ts'),
		build: { outDir: tmp }
	});
	for (const old of existsSync(cache) ? readdirSync(cache) : []) {
		if (!old.startsWith('.')) rmSync(join(cache, old), { recursive: true, force: true });
	}
	renameSync(tmp, dir);
	return dir;
}
