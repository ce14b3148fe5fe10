/** Counties grouped by province, then city, in the order given. */
import { cityOf, type CountyRow } from '../../queries/regions.ts';

export interface CityGroup {
	code: string;
	name: string;
	counties: CountyRow[];
}

export interface ProvinceGroup {
	code: string;
	name: string;
	cities: CityGroup[];
}

export function groupByPlace(counties: readonly CountyRow[]): ProvinceGroup[] {
	const provinces = new Map<string, ProvinceGroup>();
	for (const c of counties) {
		let p = provinces.get(c.province_code);
		if (!p) {
			p = { code: c.province_code, name: c.province_name, cities: [] };
			provinces.set(p.code, p);
		}
		// A county directly under its province is its own group, named by the province.
		const cityCode = cityOf(c);
		let city = p.cities.find((x) => x.code === cityCode);
		if (!city) {
			city = { code: cityCode, name: c.parent_name ?? c.province_name, counties: [] };
			p.cities.push(city);
		}
		city.counties.push(c);
	}
	return [...provinces.values()];
}
