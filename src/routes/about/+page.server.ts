import { parse } from 'yaml';
import { CHECKS } from '$lib/domain/audit/index.ts';
import { APPROX_TOLERANCE } from '$lib/domain/audit/precision.ts';
import { catalogueSchema } from '$lib/domain/schema.ts';
import { readInput, run } from '$lib/db/node.server.ts';
import { allReports } from '$lib/queries/regions.ts';
import { listing } from '$lib/server/listing.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const yaml = readInput('project', 'data/metrics.yaml');
	if (!yaml) throw new Error('data/metrics.yaml is missing');
	const catalogue = catalogueSchema.parse(parse(yaml.toString('utf8')));
	const gap = catalogue.metrics.find((m) => m.id === 'external_score')?.gap_warning ?? null;
	const reports = await run(allReports());
	const { listed, total } = listing(reports);
	return {
		checks: CHECKS.map((c) => ({ ...c })),
		approxTolerance: APPROX_TOLERANCE,
		gapWarning: gap,
		metricCount: catalogue.metrics.length,
		reportCount: total,
		countyCount: new Set(reports.map((r) => r.region_code)).size,
		reports: listed.map((r) => ({
			report_id: r.report_id,
			region_name: r.region_name,
			year: r.year,
			project_name: r.project_name,
			source_file: r.source_file,
			source_sha256: r.source_sha256
		}))
	};
};
