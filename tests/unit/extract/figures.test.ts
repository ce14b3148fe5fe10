import { describe, expect, test } from 'vitest';
import { cleanText } from '../../../src/lib/domain/extract/clean.ts';
import { scanFigures } from '../../../src/lib/domain/extract/figures.ts';
import { sameNumber } from '../../../src/lib/domain/numbers.ts';
import type { Qualifier } from '../../../src/lib/domain/schema.ts';
import { brief, drafts, factsOf, report, testContext } from './helpers.ts';

function figures(text: string) {
	const c = cleanText(text);
	return scanFigures(c, 0, c.text.length);
}

describe('number phrases', () => {
	const cases: [string, number, string | null, Qualifier][] = [
		['年初预算为 3,710,164 元', 3710164, '元', 'eq'],
		['年初预算为 3, 710, 164 元', 3710164, '元', 'eq'],
		['年初预算为３，７１０，１６４元', 3710164, '元', 'eq'],
		['收入为7324.60万元', 73246000, '元', 'eq'],
		['预算 1.5 亿元', 150000000, '元', 'eq'],
		['年末结转11.4万', 114000, null, 'eq'],
		['总金额达 2000 多万元', 20000000, '元', 'ge'],
		['采购中介服务 1600 余项', 1600, '项', 'ge'],
		['注册数超 2.5 万余户', 25000, '户', 'ge'],
		['业务量突破 93 万笔', 930000, '笔', 'ge'],
		['覆盖度达到 99.8%以上', 99.8, '%', 'ge'],
		['调用电子证照 24 万多次', 240000, '次', 'ge'],
		['申请资金约 349.55 万元', 3495500, '元', 'approx'],
		['满意率达85左右%', 85, '%', 'approx'],
		['受理业务预计突破1万件', 10000, '件', 'approx'],
		['在编人员共 13(含工勤)人', 13, '人', 'eq'],
		['比率 $\\leq 100\\%$', 100, '%', 'le'],
		['核定编制十三名', 13, '名', 'eq']
	];
	test.each(cases)('%s', (text, value, unit, qualifier) => {
		const [f] = figures(text);
		expect(f, text).toBeDefined();
		expect(sameNumber(f!.value, value)).toBe(true);
		expect(f!.unit).toBe(unit);
		expect(f!.qualifier).toBe(qualifier);
	});

	test('years, dates, section numbers, phone numbers and 12345 are not figures', () => {
		expect(
			figures('填报日期：2024年5月21日，（3）联系电话：0751-5550981，12345热线，IPv6，5G')
		).toEqual([]);
		expect(figures('“一件事一次办”“三公”经费')).toEqual([]);
	});
});

describe('qualifiers and units end up on the facts', () => {
	test.each([
		['粤智助自助机业务办理量超过 50 万笔。', 'yzz_transactions', 500000, 'ge'],
		['粤智助服务群众 3 万余人次。', 'yzz_people_served', 30000, 'ge'],
		['“粤省事”实名注册用户 20 多万人。', 'yss_users', 200000, 'ge'],
		['12345热线共受理群众诉求约 5.2 万件。', 'hotline_tickets', 52000, 'approx'],
		['12345热线满意率达 90%左右。', 'hotline_satisfaction_rate', 90, 'approx'],
		['“好差评”好评率 99.5%以上。', 'review_positive_rate', 99.5, 'ge'],
		['2023年年初预算为 1.2 亿元。', 'budget_initial', 120000000, 'eq'],
		['2023年年初预算为 1,234.5 万元。', 'budget_initial', 12345000, 'eq'],
		['2023年年初预算为 12345678.9 元。', 'budget_initial', 12345678.9, 'eq']
	] as const)('%s', (body, metric, value, qualifier) => {
		expect(factsOf(body).map(brief)).toEqual([[metric, 2023, value, qualifier]]);
	});

	test('a figure in a unit the metric does not take is not drafted', () => {
		expect(factsOf('全市粤智助自助机 15 个镇（街）全覆盖。')).toEqual([]);
		expect(factsOf('好评率提高 3 个百分点。')).toEqual([]);
	});

	test('累计 and 截至 mark cumulative figures', () => {
		const [f] = factsOf('截至目前，我县粤智助自助机累计办理业务 34.5 万笔。');
		expect(f).toMatchObject({ metric: 'yzz_transactions', basis: 'cumulative' });
		const [g] = factsOf('我县粤智助自助机办理业务 34.5 万笔。');
		expect(g).toMatchObject({ metric: 'yzz_transactions', basis: 'annual' });
	});

	test('without 累计 or 截至, a figure is on the basis the catalogue gives its metric', () => {
		expect(factsOf('全流程网办率达 95%。')).toMatchObject([
			{ metric: 'full_online_rate', basis: 'point' }
		]);
		const { catalogue } = testContext;
		const moved = {
			...catalogue,
			metrics: catalogue.metrics.map((m) =>
				m.id === 'yzz_transactions' ? { ...m, basis: 'point' as const } : m
			)
		};
		const [draft] = drafts(report('我县粤智助自助机办理业务 34.5 万笔。'), {
			...testContext,
			catalogue: moved
		});
		expect(draft!.record.facts.find((f) => f.metric === 'yzz_transactions')).toMatchObject({
			basis: 'point'
		});
	});
});
