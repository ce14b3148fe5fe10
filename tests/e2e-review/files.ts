/** The fixtures the workbench tests upload, and a look at what the workbench wrote. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashTree } from '../unit/scripts/build-helpers.ts';
import { place } from './place.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/review');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name));
export const fixturePath = (name: string) => join(FIXTURES, name);

/** Everything the workbench could have written: data/ and its drafts. */
export function written() {
	const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
	return {
		data: hashTree(place.data),
		uploads: list(join(place.work, 'uploads')),
		items: list(join(place.work, 'items')),
		history: list(join(place.work, 'history'))
	};
}
