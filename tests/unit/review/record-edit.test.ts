import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { recordSchema, type EvaluationRecord } from '../../../src/lib/domain/schema.ts';
import { editRecordYaml } from '../../../scripts/review/server/record-edit.ts';

const FILES = ['440281-2023', '440883-2023', '440233-2023-extranet'];
const read = (id: string) => readFileSync(`data/records/${id}.yaml`, 'utf8');
const parsed = (text: string) => recordSchema.parse(parse(text));

test.each(FILES)('%s saved unchanged is byte for byte the same file', (id) => {
	const text = read(id);
	expect(editRecordYaml(text, parsed(text), parsed(text))).toBe(text);
});

test.each(FILES)('%s: an edit, a deletion and an addition change only those figures', (id) => {
	const text = read(id);
	const before = parsed(text);
	const next: EvaluationRecord = structuredClone(before);
	next.facts[2] = { ...next.facts[2]!, part: '信息中心' };
	next.facts.splice(4, 1);
	next.facts.push({ ...before.facts[0]!, year: before.year - 1, note: 'added' });
	next.grade = '良';
	const out = editRecordYaml(text, before, next);
	expect(parsed(out)).toEqual(next);
	// Every comment line of the file is still there.
	const comments = (s: string) => s.split('\n').filter((l) => l.trim().startsWith('#'));
	expect(comments(out)).toEqual(comments(text));
});
