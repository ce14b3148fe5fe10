/**
 * The audit over the real records in data/records: the findings the issue names must be
 * there, and the figures the reports restate about each other must not produce any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CHECKS, runAudit, type Finding } from '../../../../src/lib/domain/audit/index.ts';
import {
	catalogueSchema,
	factId,
	recordSchema,
	type EvaluationRecord,
	type Fact
} from '../../../../src/lib/domain/schema.ts';

const DATA = join(import.meta.dirname, '../../../../data');
const catalogue = catalogueSchema.parse(parse(readFileSync(join(DATA, 'metrics.yaml'), 'utf8')));
const records = readdirSync(join(DATA, 'records'))
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => recordSchema.parse(parse(readFileSync(join(DATA, 'records', f), 'utf8'))))
	.filter((r) => r.status === 'reviewed');
const findings = runAudit(records, catalogue);

const byId = new Map(records.map((r) => [r.report_id, r]));
const factsById = new Map(
	records.flatMap((r) => r.facts.map((f, i): [string, Fact] => [factId(r.report_id, i), f]))
);
const metricsOf = (f: Finding) => [...new Set(f.fact_ids.map((id) => factsById.get(id)!.metric))];
const indicatorsOf = (f: Finding) =>
	f.score_ids.map((id) => {
		const [report, pos] = id.split('#s');
		return byId.get(report!)!.scores[Number(pos) - 1]!.indicator;
	});
const ids = (r: EvaluationRecord, pick: (f: Fact) => boolean) =>
	r.facts.flatMap((f, i) => (pick(f) ? [factId(r.report_id, i)] : []));
const find = (reportId: string, checkId: string, metric: string) =>
	findings.filter(
		(f) => f.report_id === reportId && f.check_id === checkId && metricsOf(f).includes(metric)
	);

describe('the audit on the reports in data/sources', () => {
	test('乐昌 2023 states 一窗综合受理率 as both 92% and 90%', () => {
		const [found, ...more] = find('440281-2023', 'conflicting-levels', 'one_window_rate');
		expect(more).toEqual([]);
		const r = byId.get('440281-2023')!;
		expect(found!.fact_ids).toEqual(
			ids(r, (f) => f.metric === 'one_window_rate' && [92, 90].includes(f.value))
		);
		expect(found!.message).toContain('“92%”');
		expect(found!.message).toContain('“90%”');
	});

	test('乐昌 2022 and 2023 score 部门预算资金支出率 above its maximum of 3', () => {
		for (const [report, points] of [
			['440281-2022', '4.2'],
			['440281-2023', '5']
		] as const) {
			const found = findings.filter(
				(f) => f.report_id === report && f.check_id === 'points-over-max'
			);
			expect(found).toHaveLength(1);
			expect(indicatorsOf(found[0]!)).toEqual(['部门预算资金支出率']);
			expect(found[0]!.message).toContain(`自评得分 ${points} 分`);
			expect(found[0]!.message).toContain('含无转移支付 3 分');
		}
	});

	test('and the other contradictions they hold', () => {
		for (const year of ['2021', '2022', '2023']) {
			expect(find(`440281-${year}`, 'conflicting-figures', 'budget_execution_rate')).toHaveLength(
				1
			);
		}
		expect(find('440281-2022', 'conflicting-levels', 'supervision_coverage')).toHaveLength(1);
		expect(find('440281-2023', 'conflicting-levels', 'cloud_systems')).toHaveLength(1);
		expect(find('440883-2023', 'sum-of-parts', 'expenditure_final')).toHaveLength(1);
		const maxima = findings.filter((f) => f.check_id === 'score-maxima');
		expect(maxima.map((f) => f.report_id)).toEqual(['440281-2022']);
		expect(maxima[0]!.message).toContain('资金管理');
		expect(maxima[0]!.message).toContain('合计 19 分');
		expect(find('440281-2023', 'self-above-external', 'external_score')).toHaveLength(1);
		expect(find('440281-2022', 'self-vs-external', 'external_score')).toHaveLength(1);
	});

	test('乐昌 2023 states 12 万人次 served to date, below the 突破 20 万人次 of 2022 alone', () => {
		for (const report of ['440281-2022', '440281-2023']) {
			const [found, ...more] = find(report, 'cumulative-below-annual', 'yzz_people_served');
			expect(more).toEqual([]);
			expect(found!.message).toContain('“12 万人次”');
			expect(found!.message).toContain('“突破 20 万人次”');
		}
	});

	test('no false findings: what 乐昌 2021–2023 restate about each other agrees', () => {
		// A running total against an earlier year's annual figure is not a restatement.
		const lechang = findings.filter(
			(f) => f.region_code === '440281' && f.check_id !== 'cumulative-below-annual'
		);
		for (const f of lechang) {
			const reports = new Set(f.fact_ids.map((id) => id.split('#')[0]));
			expect(reports.size, f.message).toBeLessThanOrEqual(1);
			for (const m of ['budget_initial', 'expenditure_final']) {
				expect(metricsOf(f), f.message).not.toContain(m);
			}
		}
	});

	test('no false findings: every stated growth rate reconciles', () => {
		expect(findings.filter((f) => f.check_id === 'stated-change')).toEqual([]);
		expect(findings.filter((f) => f.check_id === 'stated-ratio')).toEqual([]);
	});

	test('no false findings: 乐昌 2022 and 2023 points add up to 98.2 and 100', () => {
		expect(findings.filter((f) => f.check_id === 'score-total')).toEqual([]);
		expect(findings.filter((f) => f.check_id === 'score-subtotal')).toEqual([]);
	});

	test('no false findings: parts (信息中心, 局机关) are not compared with the whole', () => {
		for (const f of findings) {
			expect(metricsOf(f), f.message).not.toContain('staff_actual');
			expect(metricsOf(f), f.message).not.toContain('staff_authorized');
		}
	});

	test('every finding on them is one that has been reviewed', () => {
		const seen = findings
			.map((f) => `${f.report_id} ${f.check_id} ${[...metricsOf(f), ...indicatorsOf(f)][0]}`)
			.sort();
		expect(seen).toEqual([
			'440281-2021 conflicting-figures budget_execution_rate',
			'440281-2022 conflicting-figures budget_execution_rate',
			'440281-2022 conflicting-levels supervision_coverage',
			'440281-2022 cumulative-below-annual yzz_people_served',
			'440281-2022 points-over-max 部门预算资金支出率',
			'440281-2022 score-maxima 部门预算资金支出率',
			'440281-2022 self-vs-external external_score',
			'440281-2023 conflicting-figures budget_execution_rate',
			'440281-2023 conflicting-levels cloud_systems',
			'440281-2023 conflicting-levels one_window_rate',
			'440281-2023 cumulative-below-annual yzz_people_served',
			'440281-2023 points-over-max 部门预算资金支出率',
			'440281-2023 self-above-external external_score',
			'440883-2023 sum-of-parts expenditure_final'
		]);
	});

	test('each finding carries its check’s severity, and messages in both languages', () => {
		const severity = new Map(CHECKS.map((c) => [c.id, c.severity]));
		expect(severity.size).toBe(CHECKS.length);
		for (const f of findings) {
			expect(severity.get(f.check_id)).toBe(f.severity);
			expect(f.message).toMatch(/[\u4e00-\u9fff]/);
			expect(f.message_en).toMatch(/[a-z]{3}/);
			expect(f.fact_ids.length + f.score_ids.length).toBeGreaterThan(0);
			for (const id of f.fact_ids) expect(factsById.has(id), id).toBe(true);
		}
	});

	test('the audit is deterministic', () => {
		expect(runAudit(records, catalogue)).toEqual(findings);
	});
});
