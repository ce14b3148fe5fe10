import { describe, expect, it } from 'vitest';
import { indicatorBlocks } from '../../../src/lib/queries/scores.ts';
import { score } from './profile-fixtures.ts';

describe('indicatorBlocks', () => {
	it('groups by report, then section in report order, and flags points above the maximum', () => {
		const rows = [
			score({ position: 2, section: '预算执行', points: 5, max_points: 3 }),
			score({ position: 1, section: '预算编制', points: 5 }),
			score({ position: 3, section: '预算执行', points: 3, max_points: 3 }),
			score({ position: 4, section: '加减分', points: 1, max_points: null }),
			score({ report_id: '440281-2022', year: 2022, position: 1, points: 4 })
		];
		const blocks = indicatorBlocks(rows);
		expect(blocks.map((b) => b.report_id)).toEqual(['440281-2022', '440281-2023']);
		const b = blocks[1]!;
		expect(b.sections.map((s) => s.section)).toEqual(['预算编制', '预算执行', '加减分']);
		expect(b.sections[1]!.indicators.map((r) => [r.position, r.over])).toEqual([
			[2, true],
			[3, false]
		]);
		expect(b.sections[2]!.indicators[0]!.over).toBe(false);
	});
});
