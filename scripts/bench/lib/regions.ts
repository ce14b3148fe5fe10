/**
 * Synthetic regions nobody could take for real places: names start with 测试, codes
 * with 99 (no GB/T 2260 province code does). Codes keep the six-digit shape:
 *   province p   99PP00                    测试省01
 *   city c of p  99(50+PP)CC               测试市001 (numbered across the country)
 *   county n of p 99PPNN (NN 01–99)        测试县0001 (numbered across the country)
 * so a province holds at most 99 counties; parents are explicit in regions.yaml.
 */
import type { Rng } from './prng.ts';

export const MAX_COUNTIES_PER_PROVINCE = 99;

export interface SyntheticRegion {
	code: string;
	name: string;
	level: 'province' | 'city' | 'county';
	parent?: string;
}

export interface County extends SyntheticRegion {
	level: 'county';
	parent: string;
	cityName: string;
	provinceName: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `total` counties over `provinces`, each between 70% of the mean and the ceiling. */
function spread(total: number, provinces: number, rng: Rng): number[] {
	if (total > provinces * MAX_COUNTIES_PER_PROVINCE)
		throw new Error(`${total} counties do not fit in ${provinces} provinces of at most 99`);
	const counts = Array.from(
		{ length: provinces },
		(_, i) => Math.floor(total / provinces) + (i < total % provinces ? 1 : 0)
	);
	const floor = Math.max(1, Math.floor((0.7 * total) / provinces));
	for (let i = 0; i < provinces * 8; i++) {
		const [a, b] = [rng.int(0, provinces - 1), rng.int(0, provinces - 1)];
		const d = rng.int(1, 6);
		if (a === b || counts[a]! - d < floor || counts[b]! + d > MAX_COUNTIES_PER_PROVINCE) continue;
		counts[a]! -= d;
		counts[b]! += d;
	}
	return counts;
}

export function syntheticRegions(
	provinces: number,
	totalCounties: number,
	rng: Rng
): { regions: SyntheticRegion[]; counties: County[] } {
	if (provinces < 1 || provinces > 49) throw new Error('1 to 49 synthetic provinces');
	const regions: SyntheticRegion[] = [];
	const counties: County[] = [];
	let citySerial = 0;
	let countySerial = 0;
	spread(totalCounties, provinces, rng).forEach((count, p) => {
		const pp = two(p + 1);
		const province = { code: `99${pp}00`, name: `测试省${pp}`, level: 'province' as const };
		regions.push(province);
		let n = 0;
		for (let c = 1; n < count; c++) {
			const size = Math.min(count - n, rng.int(6, 14));
			citySerial++;
			const city = {
				code: `99${50 + p + 1}${two(c)}`,
				name: `测试市${String(citySerial).padStart(3, '0')}`,
				level: 'city' as const,
				parent: province.code
			};
			regions.push(city);
			for (let k = 0; k < size; k++) {
				n++;
				countySerial++;
				const county: County = {
					code: `99${pp}${two(n)}`,
					name: `测试县${String(countySerial).padStart(4, '0')}`,
					level: 'county',
					parent: city.code,
					cityName: city.name,
					provinceName: province.name
				};
				regions.push(county);
				counties.push(county);
			}
		}
	});
	return { regions, counties };
}

export function regionsYaml(regions: SyntheticRegion[]): string {
	const lines = regions.map(
		(r) =>
			`  - { code: '${r.code}', name: ${r.name}, level: ${r.level}${r.parent ? `, parent: '${r.parent}'` : ''} }`
	);
	return [
		'# SYNTHETIC benchmark data from scripts/bench/generate.ts: invented regions, not real',
		'# places (names start with 测试, codes with 99). Never publish; see scripts/lib/synthetic.ts.',
		'synthetic: true',
		'regions:',
		...lines,
		''
	].join('\n');
}
