/**
 * A record as YAML in the layout of data/records/ (fields in the documented order, one
 * fact per block), with a header comment telling the reviewer what to do with a draft.
 */
import { Document, isSeq } from 'yaml';
import type { EvaluationRecord } from '../../src/lib/domain/schema.ts';

const ORDER: (keyof EvaluationRecord)[] = [
	'report_id',
	'status',
	'region_code',
	'year',
	'kind',
	'report_type',
	'project_name',
	'title',
	'unit_name',
	'filed_on',
	'source',
	'self_score',
	'grade',
	'facts',
	'scores',
	'subtotals'
];

export function recordToYaml(record: EvaluationRecord, header: string[]): string {
	const ordered = Object.fromEntries(ORDER.map((k) => [k, record[k]]));
	const doc = new Document(ordered);
	doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
	const lines = doc.getIn(['source', 'lines'], true);
	if (isSeq(lines)) lines.flow = true;
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
