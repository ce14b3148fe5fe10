/**
 * A small seeded PRNG (mulberry32) so the same preset and seed give the same files.
 * `fork(label)` derives an independent stream, so one county's numbers do not shift
 * when another county is added or generated differently.
 */

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [lo, hi]. */
	int(lo: number, hi: number): number;
	/** Uniform in [lo, hi). */
	between(lo: number, hi: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	fork(label: string): Rng;
}

function hash(seed: number, label: string): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	for (let i = 0; i < label.length; i++) {
		h = Math.imul(h ^ label.charCodeAt(i), 0x85ebca6b);
		h = (h ^ (h >>> 13)) >>> 0;
	}
	return Math.imul(h ^ (h >>> 16), 0xc2b2ae35) >>> 0;
}

export function rng(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		between: (lo, hi) => lo + next() * (hi - lo),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		fork: (label) => rng(hash(seed, label))
	};
}
