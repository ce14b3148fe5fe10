/** Hand-made rows for the county profile and audit tests (real county, made-up rows). */
import type { FactRow } from '../../../src/lib/queries/facts.ts';
import type { CountyRow } from '../../../src/lib/queries/regions.ts';
import type { ScoreRow } from '../../../src/lib/queries/scores.ts';

let n = 0;

export function fact(
	over: Partial<FactRow> & Pick<FactRow, 'metric_id' | 'year' | 'value'>
): FactRow {
	n++;
	const report = over.report_id ?? `440281-${over.year}`;
	return {
		fact_id: `${report}#f${n}`,
		report_id: report,
		region_code: '440281',
		region_name: '乐昌市',
		report_year: over.year,
		name_zh: over.metric_id,
		name_en: over.metric_id,
		category: 'budget',
		unit: '元',
		better: 'higher',
		max_value: null,
		qualifier: 'eq',
		basis: 'annual',
		scope: 'department',
		project_name: null,
		figure: String(over.value),
		quote: `quote ${n}`,
		report_title: '',
		report_kind: 'overall',
		report_project: null,
		part: null,
		...over
	};
}

export function score(over: Partial<ScoreRow> & Pick<ScoreRow, 'position' | 'points'>): ScoreRow {
	return {
		report_id: '440281-2023',
		region_code: '440281',
		year: 2023,
		report_project: null,
		section: '预算编制',
		group_name: null,
		indicator: `指标${over.position}`,
		max_points: 5,
		quote: `（${over.position}）指标`,
		...over
	};
}

/** A county of 韶关市 with reports for 2023. */
export const county = (region_code: string, name = region_code): CountyRow => ({
	region_code,
	name,
	parent_code: '440200',
	parent_name: '韶关市',
	province_code: '440000',
	province_name: '广东省',
	reports: 1,
	first_year: 2023,
	last_year: 2023
});
