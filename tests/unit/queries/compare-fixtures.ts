/** Small hand-made facts for the compare and matrix tests (real county names, made-up rows). */
import type { FactRow } from '../../../src/lib/queries/facts.ts';
import type { MetricInfo } from '../../../src/lib/queries/metrics.ts';
import type { CountyRow } from '../../../src/lib/queries/regions.ts';

export const COUNTIES: CountyRow[] = [
	{
		region_code: '440233',
		name: '新丰县',
		parent_code: '440200',
		parent_name: '韶关市',
		province_code: '440000',
		province_name: '广东省',
		reports: 3,
		first_year: 2023,
		last_year: 2023
	},
	{
		region_code: '440281',
		name: '乐昌市',
		parent_code: '440200',
		parent_name: '韶关市',
		province_code: '440000',
		province_name: '广东省',
		reports: 3,
		first_year: 2021,
		last_year: 2023
	},
	{
		region_code: '440883',
		name: '吴川市',
		parent_code: '440800',
		parent_name: '湛江市',
		province_code: '440000',
		province_name: '广东省',
		reports: 1,
		first_year: 2023,
		last_year: 2023
	}
];

export const CODES = COUNTIES.map((c) => c.region_code);

export function metric(id: string, over: Partial<MetricInfo> = {}): MetricInfo {
	return {
		metric_id: id,
		category: 'kiosk',
		category_zh: '粤智助自助机',
		category_en: 'Yuezhizhu kiosks',
		name_zh: id,
		name_en: id,
		unit: '笔',
		better: 'higher',
		basis: 'annual',
		description: '',
		years: [2022, 2023],
		regions: 2,
		...over
	};
}

let n = 0;
const NAMES: Record<string, string> = {
	'440233': '新丰县',
	'440281': '乐昌市',
	'440883': '吴川市'
};

export function fact(
	over: Partial<FactRow> & Pick<FactRow, 'region_code' | 'metric_id' | 'year' | 'value'>
): FactRow {
	n += 1;
	const report = over.report_id ?? `${over.region_code}-${over.year}`;
	return {
		fact_id: `${report}#f${n}`,
		report_id: report,
		region_name: NAMES[over.region_code] ?? over.region_code,
		report_year: over.year,
		name_zh: over.metric_id,
		name_en: over.metric_id,
		category: 'kiosk',
		unit: '笔',
		better: 'higher',
		max_value: null,
		qualifier: 'eq',
		basis: 'annual',
		scope: 'department',
		project_name: null,
		figure: String(over.value),
		quote: `引文 ${over.value}`,
		report_title: '报告',
		report_kind: 'overall',
		report_project: null,
		...over
	};
}

export const LC = '440281';
export const XF = '440233';
export const WC = '440883';

/**
 * As the reports state them: 乐昌 60万笔 in 2022 (annual) and ≥93万笔 to date in 2023
 * (cumulative); 吴川 ≥34.5万笔 to date (cumulative); 新丰 nothing.
 */
export const YZZ = [
	fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2022, value: 600000 }),
	fact({
		region_code: LC,
		metric_id: 'yzz_transactions',
		year: 2023,
		value: 930000,
		qualifier: 'ge',
		basis: 'cumulative'
	}),
	fact({
		region_code: WC,
		metric_id: 'yzz_transactions',
		year: 2023,
		value: 345000,
		qualifier: 'ge',
		basis: 'cumulative'
	})
];
