/**
 * Small hand-made records for the audit tests. Synthetic names only (测试县, codes
 * starting 99), never published.
 */
import { parseFigure } from '../../../../src/lib/domain/numbers.ts';
import type {
	Catalogue,
	EvaluationRecord,
	Fact,
	Metric,
	Score,
	Subtotal
} from '../../../../src/lib/domain/schema.ts';

const metric = (id: string, unit: string, extra: Partial<Metric> = {}): Metric => ({
	id,
	category: 'test',
	name_zh: `测试${id}`,
	name_en: `test ${id}`,
	unit,
	basis: 'annual',
	better: 'none',
	description: '测试指标',
	...extra
});

export const catalogue: Catalogue = {
	categories: { test: { zh: '测试', en: 'Test' } },
	metrics: [
		metric('budget_initial', '元'),
		metric('budget_adjusted', '元'),
		metric('expenditure_final', '元', { sum_of: ['basic_expenditure', 'project_expenditure'] }),
		metric('basic_expenditure', '元'),
		metric('project_expenditure', '元'),
		metric('carryover', '元'),
		metric('budget_initial_change', '%', { change_of: 'budget_initial', min: -100 }),
		metric('budget_execution_rate', '%'),
		metric('one_window_rate', '%', { max: 100 }),
		metric('hotline_satisfaction_rate', '%', { max: 100 }),
		metric('perf_target_coverage', '%', {
			max: 100,
			ratio_of: { numerator: 'projects_with_targets', denominator: 'projects_total' }
		}),
		metric('projects_total', '个'),
		metric('projects_with_targets', '个'),
		metric('yst_entities', '户'),
		metric('staff_actual', '人'),
		metric('data_requests', '次'),
		metric('self_score', '分', { max: 100 }),
		metric('external_score', '分', { max: 100, gap_warning: 3 })
	]
};

/** A figure as the report writes it; value and qualifier are read from the figure. */
export function fact(metricId: string, figure: string, extra: Partial<Fact> = {}): Fact {
	const parsed = parseFigure(figure);
	return {
		metric: metricId,
		year: 2023,
		value: parsed.value,
		qualifier: parsed.qualifier,
		basis: 'annual',
		figure,
		quote: `测试县0001 的报告写道：${figure}`,
		...extra
	};
}

export function score(
	indicator: string,
	max_points: number | null,
	points: number,
	extra: Partial<Score> = {}
): Score {
	return {
		section: '预算执行',
		group: '资金管理',
		indicator,
		max_points,
		points,
		quote: `${indicator}（${max_points ?? ''} 分）。自评得分 ${points} 分`,
		...extra
	};
}

export function subtotal(
	section: string,
	group: string | null,
	max_points: number | null,
	points: number | null = null
): Subtotal {
	return {
		section,
		group,
		max_points,
		points,
		quote: `${group ?? section}。指标分值 ${max_points} 分。`
	};
}

export function record(extra: Partial<EvaluationRecord> = {}): EvaluationRecord {
	const year = extra.year ?? 2023;
	const project = extra.project_name ?? null;
	return {
		report_id: `990001-${year}${project ? '-test' : ''}`,
		status: 'reviewed',
		region_code: '990001',
		year,
		kind: project ? 'project' : 'overall',
		report_type: project ? '财政支出项目' : '部门整体支出',
		project_name: project,
		title: `${year}年度部门整体支出绩效自评报告（测试）`,
		unit_name: '测试县0001政务服务数据管理局',
		filed_on: null,
		source: { file: 'test.txt', lines: [1, 10] },
		self_score: null,
		grade: null,
		facts: [],
		scores: [],
		subtotals: [],
		...extra
	};
}
