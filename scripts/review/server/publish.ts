/**
 * Publish: the full build (`npm run build`: the data, then every page of the site) of
 * data/ into the site's output, with each line of its progress passed on as it comes,
 * then what changed against the last build: reports and counties added, findings added
 * and gone.
 */
import { join } from 'node:path';
import type { PublishEvent } from '../shared/api.ts';
import { contentsOf } from './built.ts';
import { dataBuild, exclusive, siteBuild } from './builds.ts';
import { say } from '../../../src/lib/i18n/review-messages.ts';

export interface PublishConfig {
	root: string;
	dataDir: string;
	dataOut: string;
	siteOut: string;
	workDir: string;
}

export async function publish(cfg: PublishConfig, emit: (e: PublishEvent) => void): Promise<void> {
	const started = performance.now();
	const line = (l: string) => emit({ type: 'log', line: l });
	await exclusive(async () => {
		const before = await contentsOf(join(cfg.siteOut, 'data'));
		emit({ type: 'stage', stage: 'data', n: 1, of: 3 });
		const data = await dataBuild(cfg.root, cfg.dataDir, cfg.dataOut, line);
		if (data.code !== 0) return emit({ type: 'error', message: say.buildFailed(data.tail) });
		emit({ type: 'stage', stage: 'site', n: 2, of: 3 });
		const site = await siteBuild({
			root: cfg.root,
			dataOut: cfg.dataOut,
			sourcesDir: join(cfg.dataDir, 'sources'),
			siteOut: cfg.siteOut,
			assetsDir: join(cfg.workDir, 'publish-assets'),
			onLine: line
		});
		if (site.code !== 0) return emit({ type: 'error', message: say.buildFailed(site.tail) });
		emit({ type: 'stage', stage: 'compare', n: 3, of: 3 });
		const after = await contentsOf(join(cfg.siteOut, 'data'));
		emit({
			type: 'done',
			summary: {
				reports: after.reports.size,
				reportsAdded: [...after.reports].filter((r) => !before.reports.has(r)).sort(),
				countiesAdded: [...after.counties]
					.filter(([code]) => !before.counties.has(code))
					.map(([code, name]) => ({ code, name })),
				findingsAdded: [...after.findings].filter((f) => !before.findings.has(f)).length,
				findingsGone: [...before.findings].filter((f) => !after.findings.has(f)).length,
				findings: after.findings.size,
				site: cfg.siteOut,
				ms: Math.round(performance.now() - started)
			}
		});
	});
}
