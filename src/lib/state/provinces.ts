/**
 * Which provinces a view needs. The browser loads the per-province tables only for
 * these (db/engine.ts, Scope), so a view of one province never downloads the country.
 */
import type { CountyRow } from '../queries/regions.ts';

export interface Province {
	code: string;
	name: string;
}

type Placed = Pick<CountyRow, 'region_code' | 'province_code' | 'province_name'>;

/** The provinces that have counties, in the counties' display order. */
export function provincesIn(counties: readonly Placed[]): Province[] {
	const seen = new Map<string, Province>();
	for (const c of counties)
		if (!seen.has(c.province_code))
			seen.set(c.province_code, { code: c.province_code, name: c.province_name });
	return [...seen.values()];
}

/** The provinces of these county codes (unknown codes are ignored), sorted. */
export function provincesOf(counties: readonly Placed[], codes: readonly string[]): string[] {
	const wanted = new Set(codes);
	return [
		...new Set(counties.filter((c) => wanted.has(c.region_code)).map((c) => c.province_code))
	].sort();
}

/** The counties of one province, in display order. */
export const countiesOf = <C extends Placed>(counties: readonly C[], province: string): C[] =>
	counties.filter((c) => c.province_code === province);

/** The first province in display order: a view's default when the URL names none. */
export const firstProvince = (counties: readonly Placed[]): string =>
	counties[0]?.province_code ?? '';
