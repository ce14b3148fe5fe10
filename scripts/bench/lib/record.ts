/**
 * A synthetic record in the shape of data/records/README.md, written as JSON.
 */
import type { ScoreRow, SubtotalRow } from './scores.ts';
import type { StatedFact } from './text.ts';

export interface SyntheticRecord {
	report_id: string;
	status: 'reviewed';
	region_code: string;
	year: number;
	kind: 'overall' | 'project';
	report_type: string;
	project_name: string | null;
	title: string;
	unit_name: string;
	filed_on: string;
	source: { file: string; lines: [number, number] };
	self_score: number | null;
	grade: string | null;
	facts: StatedFact[];
	scores: ScoreRow[];
	subtotals: SubtotalRow[];
}

/**
 * The record as JSON, fields in the documented order. Machine-made records are JSON: the
 * build reads JSON ~100× faster than YAML (at nation scale, 440 MB of YAML took ~8 min to
 * parse), and both go through the same schema and verification. JSON has no comments:
 * the folder's README.md and regions.yaml (`synthetic: true`) say what these are.
 */
export function recordJson(r: SyntheticRecord): string {
	const { facts, scores, subtotals, ...head } = r;
	const lines = (key: string, rows: object[]) =>
		`${JSON.stringify(key)}: [${rows.map((x) => `\n    ${JSON.stringify(x)}`).join(',')}${rows.length ? '\n  ' : ''}]`;
	return (
		'{\n' +
		Object.entries(head)
			.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
			.join('') +
		`  ${lines('facts', facts)},\n  ${lines('scores', scores)},\n  ${lines('subtotals', subtotals)}\n}\n`
	);
}
