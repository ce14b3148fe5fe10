/**
 * Audit findings (findings.parquet) filtered by place (a province or city), county, year,
 * rule and severity, with the
 * quotes each concerns: fact_ids → facts, score_ids (`<report_id>#s<position>`) → scores.
 * An empty filter value ('' or 0) means "all".
 */
import { sql, type Query, type Runner } from '../db/sql.ts';
import type { Severity } from '../domain/audit/types.ts';

// A type, not an interface: it is URL view state (state/url.ts ViewState).
export type FindingFilter = {
	/** A province or city code (state/provinces.ts places). */
	place: string;
	county: string;
	year: number;
	check: string;
	severity: string;
};

export const ALL_FINDINGS: FindingFilter = {
	place: '',
	county: '',
	year: 0,
	check: '',
	severity: ''
};

export interface FindingRow {
	report_id: string;
	region_code: string;
	region_name: string;
	/** The year of the report the row belongs to. */
	year: number;
	report_project: string | null;
	check_id: string;
	severity: Severity;
	message: string;
	message_en: string;
	fact_ids: string;
	score_ids: string;
}

export interface QuoteRow {
	kind: 'fact' | 'score';
	/** A fact_id, or `<report_id>#s<position>` for an indicator. */
	id: string;
	report_id: string;
	region_name: string;
	report_year: number;
	report_project: string | null;
	label_zh: string;
	label_en: string;
	/** The figure as the report writes it (facts only). */
	figure: string | null;
	points: number | null;
	max_points: number | null;
	quote: string;
	/** The quote's anchor on /sources/[report]. */
	anchor: string;
}

const SHOWN = (f: FindingFilter) => sql`
	SELECT fi.* FROM findings fi
	WHERE (${f.place} = '' OR fi.region_code IN (
			SELECT g.region_code FROM regions g LEFT JOIN regions p ON p.region_code = g.parent_code
			WHERE ${f.place} IN (g.region_code, g.parent_code, p.parent_code)))
		AND (${f.county} = '' OR fi.region_code = ${f.county})
		AND (${f.year} = 0 OR fi.year = ${f.year})
		AND (${f.check} = '' OR fi.check_id = ${f.check})
		AND (${f.severity} = '' OR fi.severity = ${f.severity})`;

/** A statement over the filtered findings (`shown`); `rest` is fixed SQL without values. */
function overShown<Row>(f: FindingFilter, rest: string): Query<Row> {
	const shown = SHOWN(f);
	return { sql: `WITH shown AS (${shown.sql})${rest}`, params: shown.params };
}

/** The findings a filter selects: errors first, then by county, year and rule. */
export function findingsOf(f: FindingFilter) {
	return overShown<FindingRow>(
		f,
		`
		SELECT s.report_id, s.region_code, g.name AS region_name, s.year, r.project_name AS report_project,
			s.check_id, s.severity, s.message, s.message_en, s.fact_ids, s.score_ids
		FROM shown s
		JOIN regions g ON g.region_code = s.region_code
		JOIN reports r ON r.report_id = s.report_id
		ORDER BY CASE s.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
			s.region_code, s.year, s.report_id, s.check_id, s.fact_ids, s.score_ids, s.message`
	);
}

/** Every quote the selected findings concern, once each. */
export function findingQuotesOf(f: FindingFilter) {
	return overShown<QuoteRow>(
		f,
		`,
		fact_ids AS (SELECT DISTINCT unnest(string_split(fact_ids, ' ')) AS id FROM shown),
		score_ids AS (SELECT DISTINCT unnest(string_split(score_ids, ' ')) AS id FROM shown)
		SELECT 'fact' AS kind, fa.fact_id AS id, fa.report_id, g.name AS region_name, fa.report_year,
			r.project_name AS report_project, m.name_zh AS label_zh, m.name_en AS label_en,
			fa.figure, NULL::DOUBLE AS points, NULL::DOUBLE AS max_points, fa.quote,
			substr(fa.fact_id, strpos(fa.fact_id, '#') + 1) AS anchor
		FROM facts fa
		JOIN fact_ids i ON i.id = fa.fact_id
		JOIN metrics m ON m.metric_id = fa.metric_id
		JOIN reports r ON r.report_id = fa.report_id
		JOIN regions g ON g.region_code = fa.region_code
		UNION ALL
		SELECT 'score' AS kind, sc.score_id AS id, sc.report_id,
			g.name AS region_name, sc.year AS report_year, r.project_name AS report_project,
			sc.indicator AS label_zh, sc.indicator AS label_en, NULL AS figure, sc.points, sc.max_points,
			sc.quote, 's' || sc.position AS anchor
		FROM scores sc
		JOIN score_ids i ON i.id = sc.score_id
		JOIN reports r ON r.report_id = sc.report_id
		JOIN regions g ON g.region_code = sc.region_code
		ORDER BY id`
	);
}

export interface AuditFinding extends FindingRow {
	/** The quotes concerned, in the order the finding lists its facts, then its indicators. */
	quotes: QuoteRow[];
}

const ids = (list: string) => list.split(' ').filter(Boolean);

export function attachQuotes(findings: readonly FindingRow[], quotes: readonly QuoteRow[]) {
	const byId = new Map(quotes.map((q) => [q.id, q]));
	return findings.map<AuditFinding>((f) => ({
		...f,
		quotes: [...ids(f.fact_ids), ...ids(f.score_ids)]
			.map((id) => byId.get(id))
			.filter((q): q is QuoteRow => q !== undefined)
	}));
}

/** The audit page's answer to a filter: the findings with their quotes, at prerender and in the browser. */
export async function answerAudit(run: Runner, filter: FindingFilter): Promise<AuditFinding[]> {
	const [findings, quotes] = await Promise.all([
		run(findingsOf(filter)),
		run(findingQuotesOf(filter))
	]);
	return attachQuotes(findings, quotes);
}

/** How many of the rows fall under each key, keys in the order given (zeros kept). */
export function countBy<T>(rows: readonly T[], keyOf: (row: T) => string, keys: readonly string[]) {
	const counts = new Map<string, number>(keys.map((k) => [k, 0]));
	for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
	return counts;
}
