import { describe, expect, it } from 'vitest';
import { groupByPlace } from '../../../src/lib/components/public/places.ts';
import { cityOf, type CountyRow } from '../../../src/lib/queries/regions.ts';
import { PAGE_COUNTIES, publicLayout } from '../../../src/lib/server/public-page.ts';
import { COUNTIES } from './compare-fixtures.ts';

const county = (code: string, over: Partial<CountyRow>): CountyRow => ({
	...COUNTIES[0]!,
	region_code: code,
	name: code,
	...over
});

describe('public pages', () => {
	it('group counties by province, then city, in the order given', () => {
		const direct = county('469001', {
			parent_code: '460000',
			parent_name: '海南省',
			province_code: '460000',
			province_name: '海南省'
		});
		const groups = groupByPlace([...COUNTIES, direct]);
		expect(groups.map((p) => p.name)).toEqual(['广东省', '海南省']);
		expect(groups[0]!.cities.map((c) => [c.name, c.counties.map((x) => x.name)])).toEqual([
			['韶关市', ['新丰县', '乐昌市']],
			['湛江市', ['吴川市']]
		]);
		// A county directly under its province is grouped, and paged, under the province.
		expect(groups[1]!.cities).toEqual([{ code: '460000', name: '海南省', counties: [direct] }]);
		expect(cityOf(direct)).toBe('460000');
		expect(cityOf(COUNTIES[0]!)).toBe('440200');
	});

	it('show every county on the home page while few, else one page per city', () => {
		expect(publicLayout(3)).toBe('inline');
		expect(publicLayout(PAGE_COUNTIES)).toBe('inline');
		expect(publicLayout(PAGE_COUNTIES + 1)).toBe('by-city');
		expect(publicLayout(2800)).toBe('by-city');
	});
});
