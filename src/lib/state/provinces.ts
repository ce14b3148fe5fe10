/**
 * Where a view looks: an area (a province or one of its cities; `place` in URLs), and
 * which provinces' data that needs. The browser loads the per-province tables only for
 * these (db/engine.ts, Provinces), so a view never downloads the whole country, and a view
 * starts no wider than a reader can take in.
 */
import { cityOf, type CountyRow } from '../queries/regions.ts';

/** The most counties a view starts with (and a public page carries in full). */
export const PAGE_COUNTIES = 12;

export interface Province {
	code: string;
	name: string;
}

/** A province or one of its cities, with the counties that have reports in it. */
export interface Area {
	code: string;
	name: string;
	kind: 'province' | 'city';
	province: string;
	counties: number;
}

/** A county and where it lies. */
type Located = Pick<
	CountyRow,
	'region_code' | 'province_code' | 'province_name' | 'parent_code' | 'parent_name'
>;

/** The provinces that have counties, in the counties' display order. */
export function provincesIn(counties: readonly Located[]): Province[] {
	const seen = new Map<string, Province>();
	for (const c of counties)
		if (!seen.has(c.province_code))
			seen.set(c.province_code, { code: c.province_code, name: c.province_name });
	return [...seen.values()];
}

/** Each province, then its cities, in the counties' display order. */
export function areasIn(counties: readonly Located[]): Area[] {
	const places = new Map<string, Area>();
	const add = (code: string, name: string, kind: Area['kind'], province: string) => {
		const p = places.get(code) ?? { code, name, kind, province, counties: 0 };
		p.counties++;
		places.set(code, p);
	};
	for (const c of counties) {
		add(c.province_code, c.province_name, 'province', c.province_code);
		if (cityOf(c) !== c.province_code) add(cityOf(c), c.parent_name ?? '', 'city', c.province_code);
	}
	return [...places.values()];
}

/** Area codes for a view's choice, its default first (matrixDefaults takes the first). */
export function areaCodes(counties: readonly Located[]): string[] {
	const first = defaultArea(counties);
	return [first, ...areasIn(counties).map((p) => p.code)].filter(
		(c, i, all) => c && all.indexOf(c) === i
	);
}

/** The counties of a place (a province or a city), in display order. */
export const countiesIn = <C extends Located>(counties: readonly C[], place: string): C[] =>
	counties.filter((c) => c.province_code === place || cityOf(c) === place);

/**
 * A view's first place: the first province while it has few counties, else its first
 * city (a city's supervisors compare its counties; 100 columns help nobody).
 */
export function defaultArea(counties: readonly Located[]): string {
	const first = counties[0];
	if (!first) return '';
	const all = countiesIn(counties, first.province_code);
	return all.length <= PAGE_COUNTIES ? first.province_code : cityOf(first);
}

/** The provinces of these county codes (unknown codes are ignored), sorted. */
export function provincesOf(counties: readonly Located[], codes: readonly string[]): string[] {
	const wanted = new Set(codes);
	return [
		...new Set(counties.filter((c) => wanted.has(c.region_code)).map((c) => c.province_code))
	].sort();
}
