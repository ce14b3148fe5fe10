/**
 * A synthetic county for extractor tests (测试县0001, code 990001: no real place) and
 * helpers that run the extractor on a few lines of report text.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Draft, ExtractContext } from '../../../src/lib/domain/extract/draft.ts';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { catalogueSchema, type Fact } from '../../../src/lib/domain/schema.ts';
import { divisions } from '../../../scripts/lib/divisions.ts';

export const TEST_COUNTY = {
	code: '990001',
	name: '测试县0001',
	level: 'county' as const,
	parent: '990000'
};
export const TEST_CITY = { code: '990000', name: '测试市0001', level: 'city' as const };

const catalogue = catalogueSchema.parse(parseYaml(readFileSync('data/metrics.yaml', 'utf8')));

export const testContext: ExtractContext = {
	catalogue,
	regions: [TEST_CITY, TEST_COUNTY],
	divisions: []
};

export const realContext = (): ExtractContext => ({
	catalogue,
	regions: (
		parseYaml(readFileSync('data/regions.yaml', 'utf8')) as { regions: ExtractContext['regions'] }
	).regions,
	divisions: [...divisions().values()]
});

/** A minimal 部门整体 report of the test county around the given body lines. */
export function report(body: string, year = 2023): string {
	return [
		`${year}年度部门整体支出绩效自评报告`,
		'部门名称：测试县0001政务服务数据管理局',
		`填报日期：${year + 1}年3月1日`,
		'一、部门的基本情况',
		body,
		'二、自评结论',
		`我局${year}年整体支出绩效自评结果为95分。`
	].join('\n');
}

export function drafts(text: string, ctx: ExtractContext = testContext): Draft[] {
	const r = extractReports(text, 'test.txt', ctx);
	if (r.notReport !== null) throw new Error(`not a report: ${r.notReport}`);
	return r.drafts;
}

/** The facts drafted from `body`, without the self-score the wrapper states. */
export function factsOf(body: string, year = 2023): Fact[] {
	return drafts(report(body, year))[0]!.record.facts.filter((f) => f.metric !== 'self_score');
}

export const brief = (f: Fact) => [f.metric, f.year, f.value, f.qualifier] as const;
