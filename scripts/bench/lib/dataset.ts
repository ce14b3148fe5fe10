/**
 * A whole synthetic data folder at a scale: regions.yaml, and per county and year one
 * 部门整体 report (source text + record), sometimes a file of project reports. Pure:
 * files are handed to `emit` as they are made, so nation scale never sits in memory.
 */
import type { SyntheticScale } from './presets.ts';
import { rng } from './prng.ts';
import { countyTruth } from './profile.ts';
import { projectReports } from './projects.ts';
import { recordJson } from './record.ts';
import { regionsYaml, syntheticRegions } from './regions.ts';
import { overallReport, type Flaws } from './report.ts';

export interface DatasetSummary {
	regions: number;
	counties: number;
	reports: number;
	facts: number;
	scores: number;
	/** Deliberate contradictions by kind: the audit must report at least these. */
	flaws: Record<keyof Flaws, number>;
}

const FLAWS: (keyof Flaws)[] = [
	'restatedBudget',
	'twoRates',
	'overMax',
	'wrongTotal',
	'wrongCoverage',
	'shrinkingTotal'
];

export function generateDataset(
	scale: SyntheticScale,
	seed: number,
	emit: (path: string, text: string) => void
): DatasetSummary {
	const root = rng(seed);
	const { regions, counties } = syntheticRegions(
		scale.provinces,
		scale.counties,
		root.fork('regions')
	);
	emit('regions.yaml', regionsYaml(regions));
	const years = Array.from({ length: scale.years }, (_, i) => scale.firstYear + i);
	const summary: DatasetSummary = {
		regions: regions.length,
		counties: counties.length,
		reports: 0,
		facts: 0,
		scores: 0,
		flaws: Object.fromEntries(FLAWS.map((f) => [f, 0])) as Record<keyof Flaws, number>
	};
	const count = (records: { facts: unknown[]; scores: unknown[] }[]) => {
		summary.reports += records.length;
		for (const r of records) {
			summary.facts += r.facts.length;
			summary.scores += r.scores.length;
		}
	};
	for (const county of counties) {
		const r = root.fork(county.code);
		const truth = countyTruth(r.fork('truth'), years);
		truth.forEach((now, i) => {
			const yr = r.fork(String(now.year));
			const before = truth[i - 1];
			const flaws = Object.fromEntries(
				FLAWS.map((f) => [
					f,
					yr.chance(scale.flawRate) && (before !== undefined || !needsBefore(f))
				])
			) as unknown as Flaws;
			for (const f of FLAWS) if (flaws[f]) summary.flaws[f]++;
			const { record, text } = overallReport(county, now, before, yr, flaws);
			emit(`sources/${record.source.file}`, text);
			emit(`records/${record.report_id}.json`, recordJson(record));
			count([record]);
			if (yr.chance(scale.projectShare)) {
				const projects = projectReports(county, now, yr.fork('projects'));
				emit(`sources/${projects.file}`, projects.text);
				for (const p of projects.records) emit(`records/${p.report_id}.json`, recordJson(p));
				count(projects.records);
			}
		});
	}
	return summary;
}

/** Flaws about the previous year need a previous report to contradict. */
function needsBefore(flaw: keyof Flaws): boolean {
	return flaw === 'restatedBudget' || flaw === 'shrinkingTotal';
}
