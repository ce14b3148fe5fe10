import { describe, expect, it } from 'vitest';
import { rankingNotes, yearsNotes } from '../../../src/lib/charts/compare-notes.ts';
import { rankingBars, rankingOption, yearsOption } from '../../../src/lib/charts/compare.option.ts';
import { renderSvg } from '../../../src/lib/charts/ssr.ts';
import { compareModel } from '../../../src/lib/queries/compare.ts';
import { CODES, COUNTIES, fact, LC, metric, WC, XF, YZZ } from '../queries/compare-fixtures.ts';

const yzz = compareModel(
	YZZ,
	{ metric: 'yzz_transactions', year: 2023, counties: CODES },
	metric('yzz_transactions', { name_zh: '粤智助业务量' }),
	COUNTIES
);

/** 乐昌's 2023 figure stated for the year, 吴川's to date. */
const mixed = compareModel(
	[
		fact({ region_code: LC, metric_id: 'yzz_transactions', year: 2023, value: 330000 }),
		...YZZ.filter((f) => f.region_code === WC)
	],
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
		const bars = rankingBars(mixed, 'zh');
		expect(bars.map((b) => b.category)).toEqual([
			'乐昌市',
			'吴川市（累计数，不排名）',
			'新丰县（未报告）'
		]);
		expect(bars.map((b) => [b.point.label, b.rankText])).toEqual([
			['33万笔', '第1/1'],
			['累计≥34.5万笔', ''],
			['未报告', '']
		]);
		expect(seriesData(rankingOption(mixed, 'zh'), 'project')).toBeNull();
	});

	it('draws a figure on another basis as its own series, never in the ranked one', () => {
		const o = rankingOption(mixed, 'zh');
		const values = (id: string) => seriesData(o, id)!.map((d) => d?.value ?? null);
		expect(values('department')).toEqual([330000, null, null]);
		expect(values('other-basis')).toEqual([null, 345000, null]);
		expect(seriesData(o, 'other-basis')![1]!.itemStyle?.borderType).toBe('dashed');
		expect((o.series as { name: string }[]).map((s) => s.name)).toEqual([
			'部门整体',
			'其他口径（不参与排名）'
		]);
		// 粤智助 2023 as stated: both to date, so there is no ranked series at all.
		const stated = rankingOption(yzz, 'zh');
		expect(seriesData(stated, 'department')).toBeNull();
		expect(seriesData(stated, 'other-basis')!.map((d) => d?.value ?? null)).toEqual([
			930000,
			345000,
			null
		]);
		expect(rankingBars(yzz, 'zh').map((b) => b.rankText)).toEqual(['', '', '']);
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
		const svg = renderSvg(rankingOption(mixed, 'zh'));
		expect(svg).toContain('33万笔 · 第1/1');
		expect(svg).toContain('累计≥34.5万笔');
		expect(svg).toContain('吴川市（累计数，不排名）');
		expect(svg).toContain('新丰县（未报告）');
	});
});

describe('notes', () => {
	it('say which county is on another basis and unranked, what ≥ means, who did not report', () => {
		const notes = rankingNotes(mixed, 'zh').join('\n');
		expect(notes).toContain('“粤智助业务量”按年度数排名；吴川市为累计数，与年度数口径不同');
		expect(notes).toContain('不参与排名');
		expect(notes).not.toContain('无排名');
		expect(notes).toContain('“≥”');
		expect(notes).toContain('新丰县：2023年未报告该数字（不作 0 处理');
		expect(notes).toContain('越高越好');
		const stated = rankingNotes(yzz, 'zh').join('\n');
		expect(stated).toContain('乐昌市、吴川市为累计数');
		expect(stated).toContain('本年没有县报告年度数，因此无排名');
		expect(rankingNotes(yzz, 'en').join('\n')).toContain('乐昌市, 吴川市: cumulative');
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

	it('never joins a county’s annual and to-date figures into one line', () => {
		const o = yearsOption(yzz, 'zh');
		const lines = (o.series as { name: string; data: (number | null)[] }[]).map((s) => [
			s.name,
			s.data
		]);
		expect(lines).toEqual([
			['乐昌市（年度数）', [600000, null]],
			['乐昌市（累计数）', [null, 930000]],
			['吴川市', [null, 345000]]
		]);
		const notes = yearsNotes(yzz, 'zh').join('\n');
		expect(notes).toContain('乐昌市（2022年）为年度数；乐昌市（2023年）、吴川市为累计数');
		expect(notes).toContain('不计算年度变化');
	});
});
