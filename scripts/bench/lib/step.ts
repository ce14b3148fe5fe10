/** What a bench step is, the options every step sees, and what several steps share. */
import { resolve } from 'node:path';
import { benchDataBuild } from './data-step.ts';
import type { PresetName } from './presets.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface StepOptions {
	/** Every step of this run: a step builds the data itself when no earlier step does. */
	steps: readonly string[];
	seed: number;
	/** Warm data builds after the cold one. */
	runs: number;
	/** Cold page loads per measurement, and changes per interactive page. */
	loads: number;
	interactions: number;
	/** Pages of each route the pages step renders. */
	sample: number;
	layout: boolean;
	log: (s: string) => void;
}

export interface Step<R> {
	describe: string;
	run(preset: PresetName, opts: StepOptions): Promise<R>;
	print(results: R[]): void;
}

/** A step over the preset's built data: the data is built first unless an earlier step of this run does. */
export async function dataFirst(preset: PresetName, opts: StepOptions, builders: string[]) {
	if (builders.some((s) => opts.steps.includes(s))) return;
	opts.log(`  data build first (--steps has none of ${builders.join(', ')})`);
	await benchDataBuild(ROOT, preset, { ...opts, runs: 0, layout: false });
}
