import { describe, expect, it } from 'vitest';
import {
	attachQuotes,
	countBy,
	findingQuotesOf,
	findingsOf,
	ALL_FINDINGS,
	type FindingRow,
	type QuoteRow
} from '../../../src/lib/queries/findings.ts';

const finding = (over: Partial<FindingRow>): FindingRow => ({
	report_id: '440281-2023',
	region_code: '440281',
	region_name: '乐昌市',
	year: 2023,
	report_project: null,
	check_id: 'conflicting-levels',
	severity: 'warning',
	message: '',
	message_en: '',
	fact_ids: '',
	score_ids: '',
	...over
});

const quote = (id: string, kind: QuoteRow['kind'] = 'fact'): QuoteRow => ({
	kind,
	id,
	report_id: id.split('#')[0]!,
	region_name: '乐昌市',
	report_year: 2023,
	report_project: null,
	label_zh: '',
	label_en: '',
	figure: null,
	points: null,
	max_points: null,
	quote: `“${id}”`,
	anchor: id.split('#')[1]!
});

describe('findings queries', () => {
	it('keep every filter value out of the SQL text', () => {
		const evil = "440281' OR 1=1 --";
		for (const q of [
			findingsOf({ ...ALL_FINDINGS, county: evil }),
			findingQuotesOf({ ...ALL_FINDINGS, county: evil })
		]) {
			expect(q.sql).not.toContain(evil);
			expect(q.params).toContain(evil);
		}
	});
});

describe('attachQuotes', () => {
	it('lists a finding’s facts, then its indicators, in the order it names them', () => {
		const [f] = attachQuotes(
			[finding({ fact_ids: '440281-2023#f34 440281-2023#f55', score_ids: '440281-2023#s8' })],
			[quote('440281-2023#f55'), quote('440281-2023#s8', 'score'), quote('440281-2023#f34')]
		);
		expect(f!.quotes.map((q) => q.id)).toEqual([
			'440281-2023#f34',
			'440281-2023#f55',
			'440281-2023#s8'
		]);
	});

	it('gives a finding without ids no quotes', () => {
		expect(attachQuotes([finding({})], [quote('440281-2023#f1')])[0]!.quotes).toEqual([]);
	});
});

describe('countBy', () => {
	it('counts per key and keeps the keys with none', () => {
		const rows = [finding({ severity: 'error' }), finding({ severity: 'error' }), finding({})];
		expect([...countBy(rows, (r) => r.severity, ['error', 'warning', 'info'])]).toEqual([
			['error', 2],
			['warning', 1],
			['info', 0]
		]);
	});
});
