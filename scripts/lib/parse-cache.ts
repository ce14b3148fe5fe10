/**
 * Parsed YAML by content hash, so a rebuild parses only the records that changed. At
 * nation scale (~33,000 records, ~440 MB of YAML) the `yaml` parser runs at a few MB/s
 * and was most of the build; reading the cached JSON is ~50× faster. The key is the
 * file's sha256 and the parser's version, so a hit gives exactly what parsing would.
 * Only values JSON holds losslessly are cached (no -0, Infinity or NaN). Errors are never
 * cached. YARDSTICK_CACHE_DIR moves the cache (the benchmark measures cold builds with an
 * empty one); YARDSTICK_CACHE=off turns it off.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PARSER = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
const DIR =
	process.env.YARDSTICK_CACHE_DIR ??
	resolve(import.meta.dirname, '../../node_modules/.cache/yardstick-records');
const ON = process.env.YARDSTICK_CACHE !== 'off';

let made = false;

const file = (hash: string) => join(DIR, `${hash}.yaml${PARSER}.v1.json`);

export function cachedParse(hash: string): unknown {
	if (!ON) return undefined;
	try {
		return JSON.parse(readFileSync(file(hash), 'utf8'));
	} catch {
		return undefined;
	}
}

function lossless(_key: string, v: unknown): unknown {
	if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) throw new RangeError();
	return v;
}

export function storeParse(hash: string, data: unknown): void {
	if (!ON) return;
	let text: string;
	try {
		text = JSON.stringify(data, lossless);
	} catch {
		return;
	}
	if (!made) {
		mkdirSync(DIR, { recursive: true });
		made = true;
	}
	const tmp = `${file(hash)}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, file(hash));
}
