/**
 * A synthetic record in the shape of data/records/README.md, written as YAML like the
 * hand-made ones (block style, one key a line). Strings are JSON-quoted, which is valid
 * YAML and avoids a serialiser over tens of thousands of files.
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

type Scalar = string | number | null | undefined;

const scalar = (v: Scalar) =>
	v === null || v === undefined ? 'null' : typeof v === 'number' ? String(v) : JSON.stringify(v);

function item(fields: [string, Scalar][]): string[] {
	const present = fields.filter(([, v]) => v !== undefined);
	return present.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${scalar(v)}`);
}

function list(key: string, items: [string, Scalar][][]): string[] {
	return items.length === 0 ? [`${key}: []`] : [`${key}:`, ...items.flatMap(item)];
}

export function recordYaml(r: SyntheticRecord): string {
	const head: [string, Scalar][] = [
		['report_id', r.report_id],
		['status', r.status],
		['region_code', r.region_code],
		['year', r.year],
		['kind', r.kind],
		['report_type', r.report_type],
		['project_name', r.project_name],
		['title', r.title],
		['unit_name', r.unit_name],
		['filed_on', r.filed_on]
	];
	return [
		'# SYNTHETIC benchmark record (scripts/bench/generate.ts); not a real report.',
		...head.map(([k, v]) => `${k}: ${scalar(v)}`),
		'source:',
		`  file: ${scalar(r.source.file)}`,
		`  lines: [${r.source.lines.join(', ')}]`,
		`self_score: ${scalar(r.self_score)}`,
		`grade: ${scalar(r.grade)}`,
		...list(
			'facts',
			r.facts.map((f) => [
				['metric', f.metric],
				['year', f.year],
				['value', f.value],
				['qualifier', f.qualifier],
				['basis', f.basis],
				['figure', f.figure],
				['quote', f.quote],
				['scope', f.scope]
			])
		),
		...list(
			'scores',
			r.scores.map((s) => [
				['section', s.section],
				['group', s.group],
				['indicator', s.indicator],
				['max_points', s.max_points],
				['points', s.points],
				['quote', s.quote]
			])
		),
		...list(
			'subtotals',
			r.subtotals.map((s) => [
				['section', s.section],
				['group', s.group],
				['max_points', s.max_points],
				['points', s.points],
				['quote', s.quote]
			])
		),
		''
	].join('\n');
}
