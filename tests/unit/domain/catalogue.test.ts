/**
 * The catalogue's vocabulary check: one word names one metric, and a description is a
 * definition, not a note to an editor. Run on the real catalogue and on edited copies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { catalogueSchema, type Catalogue } from '../../../src/lib/domain/schema.ts';
import { pathOf } from '../../../src/lib/domain/verify.ts';

const catalogue = parseYaml(readFileSync('data/metrics.yaml', 'utf8')) as Catalogue;
const byId = (id: string) => catalogue.metrics.findIndex((m) => m.id === id);

function problems(edit: (metrics: Catalogue['metrics']) => void): string[][] {
	const copy = structuredClone(catalogue);
	edit(copy.metrics);
	const r = catalogueSchema.safeParse(copy);
	return r.success ? [] : r.error.issues.map((i) => [pathOf(i.path), i.message]);
}

describe('the catalogue vocabulary', () => {
	test('data/metrics.yaml passes, and its metrics carry aliases', () => {
		expect(catalogueSchema.safeParse(catalogue).success).toBe(true);
		expect(catalogue.metrics.filter((m) => m.aliases?.length).length).toBeGreaterThan(40);
	});

	test('an alias claimed by a second metric is refused at that alias', () => {
		const i = byId('expenditure_final');
		const out = problems((ms) => ms[i]!.aliases!.push('年初 预算数'));
		expect(out).toEqual([
			[
				`metrics[${i}].aliases[${catalogue.metrics[i]!.aliases!.length}]`,
				'“年初预算数” names both budget_initial and expenditure_final: one word can name only one metric'
			]
		]);
	});

	test('an alias equal to another metric’s Chinese name is refused too', () => {
		const i = byId('staff_actual');
		expect(problems((ms) => ms[i]!.aliases!.push('核定编制')).map((p) => p[1])).toEqual([
			'“核定编制” names both staff_authorized and staff_actual: one word can name only one metric'
		]);
	});

	test.each([
		[
			'接入“粤政易”平台的公职人员用户数。（或者在 yzy_accounts 的 units 中加入“名”。）',
			/editing note/
		],
		['开通的账号数，口径待确认。', /editing note.*待确认/],
		['开通的账号数 TODO', /editing note/]
	])('description %j is refused', (description, message) => {
		const i = byId('yzy_accounts');
		const out = problems((ms) => (ms[i]!.description = description));
		expect(out.map((p) => p[0])).toEqual([`metrics[${i}].description`]);
		expect(out[0]![1]).toMatch(message);
	});

	test('one concept, one metric: 粤政易 users and accounts are one metric', () => {
		expect(catalogue.metrics.map((m) => m.id)).not.toContain('yzy_users');
		const yzy = catalogue.metrics[byId('yzy_accounts')]!;
		expect(yzy.aliases).toEqual(expect.arrayContaining(['粤政易账号', '粤政易用户']));
	});
});
