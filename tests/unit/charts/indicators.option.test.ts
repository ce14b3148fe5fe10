import { describe, expect, it } from 'vitest';
import {
	indicatorChartSize,
	indicatorLines,
	indicatorsOption,
	pointsLabel
} from '../../../src/lib/charts/indicators.option.ts';
import { renderSvg } from '../../../src/lib/charts/ssr.ts';
import { indicatorBlocks } from '../../../src/lib/queries/scores.ts';
import { score } from '../queries/profile-fixtures.ts';

const block = indicatorBlocks([
	score({ position: 1, section: '预算编制', indicator: '预算编制合理性', points: 5 }),
	score({
		position: 2,
		section: '预算执行',
		indicator: '部门预算资金支出率',
		points: 5,
		max_points: 3
	}),
	score({ position: 3, section: '加减分', indicator: '加减分项', points: 1, max_points: null })
])[0]!;

describe('indicatorsOption', () => {
	it('has a heading row per section and one row per indicator', () => {
		expect(indicatorLines(block).map((l) => l.label)).toEqual([
			'▌预算编制',
			'预算编制合理性',
			'▌预算执行',
			'部门预算资金支出率',
			'▌加减分',
			'加减分项'
		]);
	});

	it('grows by the same height for every line it adds', () => {
		const smaller = indicatorBlocks(block.sections.slice(0, 2).flatMap((s) => s.indicators))[0]!;
		const perLine =
			(indicatorChartSize(block).height - indicatorChartSize(smaller).height) /
			(indicatorLines(block).length - indicatorLines(smaller).length);
		expect(perLine).toBeGreaterThan(0);
		// Every line gets at least a line of 13px text; the rest is room for the axes.
		expect(perLine).toBeGreaterThanOrEqual(16);
		const svg = renderSvg(indicatorsOption(block, 'zh'), 720, indicatorChartSize(block).height);
		for (const line of indicatorLines(block)) expect(svg).toContain(line.label);
	});

	it('draws points over the maximum, nothing on heading rows, no bar for a missing maximum', () => {
		const option = indicatorsOption(block, 'zh');
		const [max, points] = option.series as { data: unknown[] }[];
		expect(max!.data).toEqual([null, 5, null, 3, null, null]);
		expect(points!.data.map((d) => (d as { value: number } | null)?.value ?? null)).toEqual([
			null,
			5,
			null,
			5,
			null,
			1
		]);
	});

	it('says in words when an indicator is above its maximum', () => {
		const [ok, over, bonus] = block.sections.flatMap((s) => s.indicators);
		expect(pointsLabel(ok!, 'zh')).toBe('5 / 5分');
		expect(pointsLabel(over!, 'zh')).toBe('5 / 3分 ⚠超出分值');
		expect(pointsLabel(over!, 'en')).toContain('above maximum');
		expect(pointsLabel(bonus!, 'zh')).toBe('1分');
		const svg = renderSvg(indicatorsOption(block, 'zh'), 720, indicatorChartSize(block).height);
		expect(svg).toContain('5 / 3分 ⚠超出分值');
		expect(svg).toContain('▌预算执行');
	});
});
