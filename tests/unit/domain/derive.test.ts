import { describe, expect, it } from 'vitest';
import {
	BUDGET_EXECUTION,
	changeRule,
	derive,
	deriveChanges,
	deriveRatios,
	PER_KIOSK,
	type DerivationInput,
	type Derived
} from '../../../src/lib/domain/derive.ts';
import type { Qualifier } from '../../../src/lib/domain/schema.ts';

let n = 0;
type Over = Partial<Omit<DerivationInput, 'values'>> & {
	metric_id: string;
	value: number | number[];
	qualifier?: Qualifier;
};

/** A stated figure of 乐昌市's department (real county, made-up statements). */
function stated(over: Over): DerivationInput {
	const { value, qualifier = 'eq', ...rest } = over;
	const values = (Array.isArray(value) ? value : [value]).map((v) => {
		n++;
		return {
			value: v,
			facts: [
				{
					fact_id: `440281-2023#f${n}`,
					report_id: '440281-2023',
					qualifier,
					figure: String(v),
					quote: `${over.metric_id} 为 ${v}（第${n}句）`
				}
			]
		};
	});
	return {
		name_zh: over.metric_id,
		name_en: over.metric_id,
		unit: '元',
		region_code: '440281',
		year: 2023,
		scope: 'department',
		project_name: null,
		part: null,
		basis: 'annual',
		...rest,
		values
	};
}

const spent = (o: Partial<Over> = {}) =>
	stated({ metric_id: 'expenditure_final', value: 3743016.45, ...o });
const budget = (o: Partial<Over> = {}) =>
	stated({ metric_id: 'budget_initial', value: 3710164, ...o });
const kiosks = (o: Partial<Over> = {}) =>
	stated({ metric_id: 'yzz_kiosks', value: 247, unit: '台', basis: 'point', ...o });
const transactions = (o: Partial<Over> = {}) =>
	stated({ metric_id: 'yzz_transactions', value: 600000, unit: '笔', ...o });

const computed = (d: ReturnType<typeof derive>): Derived => {
	if (d.status !== 'computed') throw new Error(`refused: ${d.reason}`);
	return d;
};

describe('budget execution: 支出决算 ÷ 预算 × 100%', () => {
	it('computes from two exact department figures, carrying both quotes', () => {
		const [top, bottom] = [spent(), budget()];
		const d = computed(derive(BUDGET_EXECUTION, top, bottom));
		expect(d.value).toBeCloseTo((3743016.45 / 3710164) * 100, 10);
		expect(d.unit).toBe('%');
		expect(d.terms.map((t) => t.metric_id)).toEqual(['expenditure_final', 'budget_initial']);
		expect(d.terms[0].quote).toBe(top.values[0]!.facts[0]!.quote);
		expect(d.terms[1].quote).toBe(bottom.values[0]!.facts[0]!.quote);
	});

	it('prefers the adjusted budget when the same scope states it, and names it', () => {
		const list = [spent(), budget(), stated({ metric_id: 'budget_adjusted', value: 3800000 })];
		const [d] = deriveRatios(list, 2023);
		expect(computed(d!).terms[1].metric_id).toBe('budget_adjusted');
		expect(computed(d!).value).toBeCloseTo((3743016.45 / 3800000) * 100, 10);
	});

	it('refuses a qualified input (≥ or ≈), on either side', () => {
		expect(derive(BUDGET_EXECUTION, spent({ qualifier: 'ge' }), budget())).toMatchObject({
			status: 'refused',
			reason: 'qualified'
		});
		expect(derive(BUDGET_EXECUTION, spent(), budget({ qualifier: 'approx' }))).toMatchObject({
			reason: 'qualified'
		});
	});

	it('refuses mixed bases: a cumulative figure is not a year’s', () => {
		expect(derive(BUDGET_EXECUTION, spent({ basis: 'cumulative' }), budget())).toMatchObject({
			reason: 'basis'
		});
	});

	it('refuses a project figure against a department figure, and two different projects', () => {
		const project = { scope: 'project' as const, project_name: '政务系统管理' };
		expect(derive(BUDGET_EXECUTION, spent(project), budget())).toMatchObject({
			reason: 'scope'
		});
		expect(
			derive(BUDGET_EXECUTION, spent(project), budget({ ...project, project_name: '政务外网' }))
		).toMatchObject({ reason: 'scope' });
		expect(computed(derive(BUDGET_EXECUTION, spent(project), budget(project))).project_name).toBe(
			'政务系统管理'
		);
	});

	it('refuses a part against the whole, another region, another year, a contradiction, a zero', () => {
		expect(derive(BUDGET_EXECUTION, spent({ part: '信息中心' }), budget())).toMatchObject({
			reason: 'part'
		});
		expect(derive(BUDGET_EXECUTION, spent({ region_code: '440233' }), budget())).toMatchObject({
			reason: 'region'
		});
		expect(derive(BUDGET_EXECUTION, spent({ year: 2022 }), budget())).toMatchObject({
			reason: 'year'
		});
		expect(derive(BUDGET_EXECUTION, spent(), budget({ value: [3710164, 3900000] }))).toMatchObject({
			reason: 'contradicted'
		});
		expect(derive(BUDGET_EXECUTION, spent(), budget({ value: 0 }))).toMatchObject({
			reason: 'zero'
		});
		expect(derive(BUDGET_EXECUTION, spent(), null)).toMatchObject({ reason: 'missing' });
	});

	it('never pairs a project’s spending with the department’s budget when listing', () => {
		const list = [spent({ scope: 'project', project_name: '政务外网' }), budget()];
		const out = deriveRatios(list, 2023);
		expect(out.filter((d) => d.status === 'computed')).toEqual([]);
		expect(out.map((d) => d.status === 'refused' && d.reason)).toEqual(['missing', 'missing']);
	});

	it('rejects a rule given the wrong metrics (a programming error, not a refusal)', () => {
		expect(() => derive(BUDGET_EXECUTION, kiosks(), budget())).toThrow(/budget-execution/);
	});
});

describe('粤智助 transactions per kiosk', () => {
	it('divides a year’s transactions by the kiosks in place that year', () => {
		const d = computed(derive(PER_KIOSK, transactions(), kiosks()));
		expect(d.value).toBeCloseTo(600000 / 247, 10);
		expect(d.unit).toBe('笔/台');
	});

	it('refuses ≥93万笔 and a cumulative total (吴川’s 累计34.5万笔)', () => {
		expect(derive(PER_KIOSK, transactions({ qualifier: 'ge' }), kiosks())).toMatchObject({
			reason: 'qualified'
		});
		expect(derive(PER_KIOSK, transactions({ basis: 'cumulative' }), kiosks())).toMatchObject({
			reason: 'basis'
		});
	});
});

describe('year-on-year change', () => {
	it('computes (本年 − 上年) ÷ 上年 × 100% of an annual figure', () => {
		const d = computed(
			derive(changeRule('budget_initial'), budget(), budget({ year: 2022, value: 3491995 }))
		);
		expect(d.value).toBeCloseTo(((3710164 - 3491995) / 3491995) * 100, 10);
		expect(d.terms.map((t) => t.year)).toEqual([2023, 2022]);
	});

	it('lists changes only for annual figures stated in both years, refusing qualified ones', () => {
		const list = [
			spent(),
			spent({ year: 2022, value: 3638346.02 }),
			transactions({ value: 930000, qualifier: 'ge' }),
			transactions({ year: 2022 }),
			kiosks({ value: 251 }),
			kiosks({ year: 2022 })
		];
		const out = deriveChanges(list, 2023);
		expect(out.map((d) => [d.status, d.status === 'refused' ? d.reason : d.value])).toEqual([
			['computed', expect.closeTo(((3743016.45 - 3638346.02) / 3638346.02) * 100, 10)],
			['refused', 'qualified']
		]);
	});

	it('refuses a change across bases', () => {
		expect(
			derive(changeRule('budget_initial'), budget(), budget({ year: 2022, basis: 'cumulative' }))
		).toMatchObject({ reason: 'basis' });
	});
});
