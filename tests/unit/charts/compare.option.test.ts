import { describe, expect, it } from 'vitest';
import { rankingNotes, yearsNotes } from '../../../src/lib/charts/compare-notes.ts';
import { rankingBars, rankingOption, yearsOption } from '../../../src/lib/charts/compare.option.ts';
import { renderSvg } from '../../../src/lib/charts/ssr.ts';
import { compareModel } from '../../../src/lib/queries/compare.ts';
import { CODES, COUNTIES, fact, LC, metric, XF, YZZ } from '../queries/compare-fixtures.ts';

const yzz = compareModel(
	YZZ,
	{ metric: 'yzz_transactions', year: 2023, counties: CODES },
	metric('yzz_transactions', { name_zh: '粤智助业务量' }),
	COUNTIES
);

const budget = compareModel(
	[
		fact({ region_code: LC, metric_id: 'budget_initial', year: 2023, value: 3710164, unit: '元' }),
		fact({
			region_code: XF,
			metric_id: 'budget_initial',
			year: 2023,
			value: 320000,
			unit: '元',
			scope: 'project',
			project_name: '电子政务外网网络管理'
		})
	],
	{ metric: 'budget_initial', year: 2023, counties: CODES },
	metric('budget_initial', { unit: '元', better: 'none', name_zh: '年初预算' }),
	COUNTIES
);

type Bar = { value: number; itemStyle?: { borderType?: string } } | null;
const seriesData = (o: ReturnType<typeof rankingOption>, id: string) =>
	(o.series as { id: string; data: Bar[] }[]).find((s) => s.id === id)?.data ?? null;

describe('rankingOption', () => {
	it('labels each bar as stated (≥, 累计) with its rank; a missing county gets no bar', () => {
		const bars = rankingBars(yzz, 'zh');
		expect(bars.map((b) => b.category)).toEqual(['乐昌市', '吴川市', '新丰县（未报告）']);
		expect(bars.map((b) => [b.point.label, b.rankText])).toEqual([
			['≥93万笔', '第1/2'],
			['累计≥34.5万笔', '第2/2'],
			['未报告', '']
		]);
		const data = seriesData(rankingOption(yzz, 'zh'), 'department')!;
		expect(data.map((d) => d?.value ?? null)).toEqual([930000, 345000, null]);
		expect(data[1]!.itemStyle?.borderType).toBe('dashed');
		expect(seriesData(rankingOption(yzz, 'zh'), 'project')).toBeNull();
	});

	it('draws project figures as their own series, never in the department series', () => {
		const o = rankingOption(budget, 'zh');
		const dept = seriesData(o, 'department')!.map((d) => d?.value ?? null);
		const proj = seriesData(o, 'project')!.map((d) => d?.value ?? null);
		expect(dept).toEqual([3710164, null, null, null]);
		expect(proj).toEqual([null, null, null, 320000]);
		expect(rankingBars(budget, 'zh').at(-1)!.category).toBe('新丰县\n电子政务外网网络管理（项目）');
	});

	it('renders to SVG at build time with the figures as text', () => {
		const svg = renderSvg(rankingOption(yzz, 'zh'));
		expect(svg).toContain('≥93万笔 · 第1/2');
		expect(svg).toContain('累计≥34.5万笔');
		expect(svg).toContain('新丰县（未报告）');
	});
});

describe('notes', () => {
	it('say when bases are mixed, what ≥ means, and who did not report', () => {
		const notes = rankingNotes(yzz, 'zh').join('\n');
		expect(notes).toContain('混合了不同口径（乐昌市为年度数；吴川市为累计数）');
		expect(notes).toContain('“≥”');
		expect(notes).toContain('新丰县：2023年未报告该数字（不作 0 处理');
		expect(notes).toContain('越高越好');
	});

	it('say that a metric without direction is not ranked, and that projects stand apart', () => {
		const notes = rankingNotes(budget, 'zh').join('\n');
		expect(notes).toContain('不代表优劣');
		expect(notes).toContain('不参与县际排名，也不相加为部门总额');
		expect(yearsNotes(budget, 'en').join('\n')).toContain('never summed');
	});
});

describe('yearsOption', () => {
	it('draws one line per county with a figure, and one per project', () => {
		const o = yearsOption(budget, 'zh');
		const names = (o.series as { name: string }[]).map((s) => s.name);
		expect(names).toEqual(['乐昌市', '新丰县·电子政务外网网络管理（项目）']);
		expect(yearsNotes(budget, 'zh').join()).toContain('吴川市：各年均未报告');
	});
});
