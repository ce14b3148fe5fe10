import { expect, test } from 'vitest';
import {
	basisOf,
	figureCandidates,
	metricsFor,
	qualifierFor,
	searchMetrics
} from '../../../scripts/review/shared/figures.ts';

test.each([
	['累计办理业务量265585件', [['265585件', 265585, '件', 'eq']]],
	['年初预算为 3,710,164 元', [['3,710,164 元', 3710164, '元', 'eq']]],
	[
		'本年财政拨款收入为7324.60万元，支出为7324.60万元。',
		[
			['7324.60万元', 73246000, '元', 'eq'],
			['7324.60万元', 73246000, '元', 'eq']
		]
	],
	['服务群众超 2.5 万余人次', [['超 2.5 万余人次', 25000, '人次', 'ge']]],
	['一窗综合受理率达92%', [['92%', 92, '%', 'eq']]],
	['资金支出率 $\\leq 100\\%$', [['100\\%', 100, '%', 'eq']]],
	['2023年度部门整体支出', []]
])('%s', (text, expected) => {
	expect(figureCandidates(text).map((c) => [c.written, c.value, c.unit, c.qualifier])).toEqual(
		expected
	);
});

test('basis: 累计 and 截至 make a running total', () => {
	expect(basisOf('累计办理业务量265585件')).toBe('cumulative');
	expect(basisOf('截至目前，我县共有事项1624项')).toBe('cumulative');
	expect(basisOf('年初预算为 3,710,164 元')).toBe('annual');
});

test('qualifier: the figure’s own words, else the sentence’s', () => {
	const [c] = figureCandidates('预计全年办件量1万件');
	expect(c!.qualifier).toBe('eq');
	expect(qualifierFor(c!, '预计全年办件量1万件')).toBe('approx');
});

const METRICS = [
	{
		id: 'yzz_transactions',
		name_zh: '粤智助业务量',
		name_en: 'Yuezhizhu transactions',
		unit: '笔',
		units: ['件'],
		category: 'kiosk'
	},
	{
		id: 'hotline_tickets',
		name_zh: '12345受理量',
		name_en: 'Hotline tickets',
		unit: '件',
		units: [],
		category: 'service'
	},
	{
		id: 'budget_initial',
		name_zh: '年初预算',
		name_en: 'Initial budget',
		unit: '元',
		units: [],
		category: 'budget'
	}
];

test('metrics: by unit, and by words in Chinese or English', () => {
	expect(metricsFor('件', METRICS).map((m) => m.id)).toEqual([
		'yzz_transactions',
		'hotline_tickets'
	]);
	expect(metricsFor(null, METRICS)).toHaveLength(3);
	expect(searchMetrics('粤智助', METRICS).map((m) => m.id)).toEqual(['yzz_transactions']);
	expect(searchMetrics('initial budget', METRICS).map((m) => m.id)).toEqual(['budget_initial']);
	expect(searchMetrics('', METRICS)).toHaveLength(3);
});
