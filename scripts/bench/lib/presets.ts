/**
 * Benchmark scales. `data` is the real data/ as it is; the others are synthetic
 * (scripts/bench/generate.ts), written to bench-results/data-<preset>/.
 */
export interface SyntheticScale {
	provinces: number;
	counties: number;
	firstYear: number;
	years: number;
	/** Share of county-years that also file 财政支出项目 reports (2–3 in one file). */
	projectShare: number;
	/** Chance, per report and per kind of flaw, of a deliberate contradiction. */
	flawRate: number;
}

export const PRESET_NAMES = ['data', 'province', 'nation'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const SCALES: Record<Exclude<PresetName, 'data'>, SyntheticScale> = {
	// One province: 99 counties is the most the 99PPNN codes allow (广东 has 122).
	province: {
		provinces: 1,
		counties: 99,
		firstYear: 2015,
		years: 10,
		projectShare: 0.08,
		flawRate: 0.015
	},
	// 31 provinces and ~2,800 county-level units, as in China.
	nation: {
		provinces: 31,
		counties: 2800,
		firstYear: 2015,
		years: 10,
		projectShare: 0.08,
		flawRate: 0.015
	}
};

export const DEFAULT_SEED = 20240521;

export const dataDirOf = (preset: PresetName) =>
	preset === 'data' ? 'data' : `bench-results/data-${preset}`;

export function isPreset(name: string): name is PresetName {
	return (PRESET_NAMES as readonly string[]).includes(name);
}
