/** The words and the CSV of the coverage page, shared by the page and the city briefing. */
import type { CsvCell } from '../../export/csv.ts';
import type { Lang } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { CountyCoverage, CoverageModel, CoverageStatus } from '../../queries/coverage.ts';

const STATUS_KEY = {
	stated: 'coverage_status_stated',
	qualified: 'coverage_status_qualified',
	project: 'coverage_status_project',
	missing: 'coverage_status_missing'
} as const;

export const statusLabel = (s: CoverageStatus, lang: Lang): string => t(STATUS_KEY[s], lang);

/** One county's left-out list as CSV rows: what to ask it for, and how many peers state it. */
export function leftOutCsv(
	model: CoverageModel,
	entry: CountyCoverage,
	lang: Lang
): { header: string[]; body: CsvCell[][] } {
	const zh = lang === 'zh';
	const stating = new Map(
		model.groups.flatMap((g) => g.rows.map((r) => [r.metric.metric_id, r.stating] as const))
	);
	const header = [
		t('county_heading', lang),
		t('year_heading', lang),
		t('category_heading', lang),
		t('metric_heading', lang),
		'metric_id',
		t('unit_heading', lang),
		t('coverage_peers_stating', lang)
	];
	const body = entry.leftOut.map((m) => [
		entry.county.name,
		model.year,
		zh ? m.category_zh : m.category_en,
		zh ? m.name_zh : m.name_en,
		m.metric_id,
		m.unit,
		stating.get(m.metric_id) ?? 0
	]);
	return { header, body };
}
