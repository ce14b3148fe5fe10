import { describe, expect, it } from 'vitest';
import {
	formulaNumbers,
	formulaWords,
	refusalText
} from '../../../src/lib/components/brief/brief-text.ts';
import { BUDGET_EXECUTION, changeRule, derive, PER_KIOSK } from '../../../src/lib/domain/derive.ts';
import { countyFindings } from '../../../src/lib/queries/brief.ts';
import type { AuditFinding } from '../../../src/lib/queries/findings.ts';
import { groupStated } from '../../../src/lib/queries/stated.ts';
import { county, fact } from './profile-fixtures.ts';

const one = (...facts: Parameters<typeof fact>[0][]) => groupStated(facts.map(fact))[0]!;
const named = (metric_id: string, name_zh: string, name_en: string) => ({
	metric_id,
	name_zh,
	name_en
});

describe('a computed figure says its formula, in words and in numbers', () => {
	const spent = one({
		...named('expenditure_final', '支出决算', 'Final expenditure'),
		year: 2023,
		value: 3743016.45
	});
	const budget = one({
		...named('budget_initial', '年初预算', 'Initial budget'),
		year: 2023,
		value: 3710164
	});

	it('budget execution', () => {
		const d = derive(BUDGET_EXECUTION, spent, budget);
		if (d.status !== 'computed') throw new Error(d.reason);
		expect(formulaWords(d, 'zh')).toBe('支出决算 ÷ 年初预算 × 100%');
		expect(formulaNumbers(d, 'zh')).toBe('374.3万元 ÷ 371.02万元 × 100% = 100.89%');
		expect(formulaWords(d, 'en')).toBe('Final expenditure ÷ Initial budget × 100%');
	});

	it('per kiosk, in the units of both figures', () => {
		const d = derive(
			PER_KIOSK,
			one({
				...named('yzz_transactions', '粤智助业务量', 'T'),
				year: 2022,
				value: 600000,
				unit: '笔'
			}),
			one({
				...named('yzz_kiosks', '粤智助自助机', 'K'),
				year: 2022,
				value: 247,
				unit: '台',
				basis: 'point'
			})
		);
		if (d.status !== 'computed') throw new Error(d.reason);
		expect(formulaNumbers(d, 'zh')).toBe('60万笔 ÷ 247台 = 2,429.15笔/台');
	});

	it('year-on-year change names both years', () => {
		const before = one({
			...named('budget_initial', '年初预算', 'Initial budget'),
			year: 2022,
			value: 3491995
		});
		const d = derive(changeRule('budget_initial'), budget, before);
		if (d.status !== 'computed') throw new Error(d.reason);
		expect(formulaWords(d, 'zh')).toBe(
			'（2023年年初预算 − 2022年年初预算）÷ 2022年年初预算 × 100%'
		);
		expect(formulaNumbers(d, 'zh')).toBe('（371.02万元 − 349.2万元）÷ 349.2万元 × 100% = 6.25%');
	});

	it('a refusal says why', () => {
		const d = derive(
			BUDGET_EXECUTION,
			one({ ...spent.values[0]!.facts[0]!, qualifier: 'ge' }),
			budget
		);
		if (d.status !== 'refused') throw new Error('computed');
		expect(refusalText(d, 'zh')).toContain('≥');
	});
});

describe('countyFindings', () => {
	const finding = (region_code: string, severity: AuditFinding['severity'], message: string) =>
		({ region_code, severity, message, quotes: [] }) as unknown as AuditFinding;

	it('counts each severity per county and quotes the most serious first', () => {
		const out = countyFindings(
			[county('440281'), county('440233')],
			[
				finding('440281', 'info', 'i'),
				finding('440281', 'warning', 'w'),
				finding('440281', 'error', 'e1'),
				finding('440281', 'error', 'e2')
			]
		);
		expect(out[0]!.counts).toEqual({ error: 2, warning: 1, info: 1 });
		expect(out[0]!.worst.map((f) => f.message)).toEqual(['e1', 'e2']);
		expect(out[1]!.counts).toEqual({ error: 0, warning: 0, info: 0 });
		expect(out[1]!.worst).toEqual([]);
	});
});
