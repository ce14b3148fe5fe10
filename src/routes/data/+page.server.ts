/**
 * Reads what `npm run data` wrote (manifest.json, datapackage.json) at build time, so the
 * downloads page is complete HTML with JavaScript off.
 */
import { MANIFEST_PATH, type Manifest } from '$lib/contract/manifest.ts';
import { DATA_DIR, readInput } from '$lib/db/node.server.ts';
import { listing } from '$lib/server/listing.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

interface Field {
	name: string;
	type: string;
	description: string;
}

interface Resource {
	name: string;
	path: string;
	title: string;
	description: string;
	format: string;
	schema: { fields: Field[]; primaryKey?: string[] };
}

interface Source {
	title: string;
	file: string;
	hash: string;
	region_name: string;
	years: number[];
	reports: string[];
}

interface DataPackage {
	name: string;
	title: string;
	licenses: { name: string; title: string; path: string }[];
	sources: Source[];
	resources: Resource[];
}

function readJson<T>(name: string): { json: T; bytes: number } {
	const text = readInput('data', name);
	if (!text) throw new Error(`${DATA_DIR}/${name} is missing: run \`npm run data\` first`);
	return { json: JSON.parse(text.toString('utf8')) as T, bytes: text.length };
}

export const load: PageServerLoad = () => {
	const { json: manifest, bytes: manifestBytes } = readJson<Manifest>(MANIFEST_PATH);
	const { json: pkg } = readJson<DataPackage>('datapackage.json');
	const file = (path: string) => {
		const info = manifest.files[path];
		if (!info) throw new Error(`${path} is in datapackage.json but not in manifest.json`);
		return { path, bytes: info.bytes, rows: info.rows ?? 0 };
	};

	const tables = pkg.resources
		.filter((r) => r.format === 'csv')
		.map((csv) => {
			const parquet = pkg.resources.find((r) => r.name === `${csv.name}-parquet`);
			if (!parquet) throw new Error(`datapackage.json has no Parquet resource for ${csv.name}`);
			return {
				name: csv.name,
				title: csv.title,
				description: csv.description,
				fields: csv.schema.fields,
				primaryKey: csv.schema.primaryKey ?? [],
				csv: file(csv.path),
				parquet: file(parquet.path)
			};
		});

	return {
		name: pkg.name,
		title: pkg.title,
		license: pkg.licenses[0]!,
		sources: listing(pkg.sources).listed,
		sourceCount: pkg.sources.length,
		tables,
		datapackage: {
			...file('datapackage.json'),
			version: manifest.files['datapackage.json']!.sha256
		},
		manifest: { bytes: manifestBytes }
	};
};
