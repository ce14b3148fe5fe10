import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/lib/domain/quotes.ts';
import { pathOf, verifyRecord, type Problem } from '../../../src/lib/domain/verify.ts';
import { DELETE, SOURCE_TEXT, context, edited, validRecord, type Key } from './fixtures.ts';

const FILE = '440281-2023.yaml';

/** The problems of the fixture record after the edits (appending with index = length). */
function problemsOf(edits: [Key[], unknown][], ctx = context(), file = FILE): Problem[] {
	return verifyRecord(edited(validRecord(), ...edits), file, ctx).problems;
}

const HANDLING_FACT = {
	metric: 'online_cases',
	year: 2023,
	value: 10000,
	qualifier: 'approx',
	basis: 'annual',
	figure: '1 万件',
	quote: '预计全年办件量达到 1 万件'
};

describe('verifyRecord: the happy path', () => {
	test('a good record verifies with spans that cover each quote', () => {
		const record = validRecord();
		const { verified, problems } = verifyRecord(record, FILE, context());
		expect(problems).toEqual([]);
		expect(verified).not.toBeNull();
		expect(verified!.record.report_id).toBe('440281-2023');
		const all = [
			...record.facts.map((f, i) => [f.quote, verified!.factSpans[i]!] as const),
			...record.scores.map((s, i) => [s.quote, verified!.scoreSpans[i]!] as const),
			...record.subtotals.map((s, i) => [s.quote, verified!.subtotalSpans[i]!] as const)
		];
		expect(all).toHaveLength(6);
		for (const [quote, span] of all) {
			expect(span.start).toBeGreaterThanOrEqual(0);
			expect(fold(SOURCE_TEXT.slice(span.start, span.end)).text).toBe(fold(quote).text);
		}
		expect(SOURCE_TEXT.slice(verified!.factSpans[0]!.start, verified!.factSpans[0]!.end)).toBe(
			'2023 年年初预算为 3,710,164 元， 2022 年年初\n预算为 3,491,995 元'
		);
	});

	test('a .json record file and a scale/unit variant are accepted', () => {
		expect(problemsOf([], context(), '440281-2023.json')).toEqual([]);
		expect(problemsOf([[['facts', 3, 'figure'], '超89.65万']])).toEqual([]);
	});

	test('a qualifier implied by the sentence passes (预计全年…达到 1 万件, approx)', () => {
		expect(problemsOf([[['facts', 4], HANDLING_FACT]])).toEqual([]);
	});

	test('a stated maximum of null is not looked for', () => {
		expect(problemsOf([[['scores', 0, 'max_points'], null]])).toEqual([]);
	});
});

describe('verifyRecord: each problem names its path', () => {
	const cases: [name: string, edits: [Key[], unknown][], path: string, message: RegExp][] = [
		[
			'unknown metric',
			[[['facts', 2, 'metric'], 'no_such_metric']],
			'facts[2].metric',
			/unknown metric “no_such_metric” \(not in data\/metrics\.yaml\)/
		],
		[
			'region not in the list, no division dataset',
			[[['region_code'], '440825']],
			'region_code',
			/unknown region 440825: not a GB\/T 2260 code/
		],
		[
			'region that is not a county',
			[[['region_code'], '440200']],
			'region_code',
			/440200 is not a county-level region/
		],
		[
			'quote not found',
			[[['facts', 0, 'quote'], '2023 年年终预算为 3,710,164 元']],
			'facts[0].quote',
			/quote not found in report\.txt: “2023 年年终预算为 3,710,164 元”/
		],
		[
			'quote found only outside the report’s lines',
			[
				[
					['source', 'lines'],
					[1, 7]
				]
			],
			'subtotals[0].quote',
			/occurs in report\.txt only outside this report's lines/
		],
		[
			'figure not in its quote',
			[[['facts', 0, 'figure'], '3,710,165 元']],
			'facts[0].figure',
			/“3,710,165 元” does not occur in its quote/
		],
		[
			'value not matching its figure',
			[[['facts', 1, 'value'], 3491996]],
			'facts[1].value',
			/value 3491996 does not match its figure “3,491,995 元”, which says 3491995 元/
		],
		[
			'scale forgotten in the value',
			[[['facts', 3, 'value'], 89.65]],
			'facts[3].value',
			/which says 896500 人/
		],
		[
			'unit mismatch (元 figure for a % metric)',
			[[['facts', 0, 'metric'], 'budget_initial_change']],
			'facts[0].figure',
			/unit mismatch: “3,710,164 元” is in 元, but budget_initial_change is measured in %/
		],
		[
			'qualifier stated in the figure but recorded as eq',
			[[['facts', 3, 'qualifier'], 'eq']],
			'facts[3].qualifier',
			/qualifier eq does not match “超89\.65万人”, which reads as ge/
		],
		[
			'qualifier recorded that neither figure nor sentence states',
			[[['facts', 0, 'qualifier'], 'approx']],
			'facts[0].qualifier',
			/qualifier approx does not match “3,710,164 元”, which reads as eq/
		],
		[
			'qualifier different from the one the sentence implies',
			[[['facts', 4], { ...HANDLING_FACT, qualifier: 'le' }]],
			'facts[4].qualifier',
			/qualifier le does not match/
		],
		[
			'duplicate figure',
			[[['facts', 4], validRecord().facts[1]]],
			'facts[4]',
			/duplicate figure: same metric, year, value and quote as facts\[1\]/
		],
		[
			'fact year after the report year + 1',
			[[['facts', 1, 'year'], 2025]],
			'facts[1].year',
			/year 2025 is after the report's year 2023 \+ 1/
		],
		[
			'score points not in its quote',
			[[['scores', 0, 'points'], 2.5]],
			'scores[0].points',
			/points 2\.5 not stated in its quote/
		],
		[
			'score max_points not in its quote',
			[[['scores', 0, 'max_points'], 3]],
			'scores[0].max_points',
			/max_points 3 not stated in its quote/
		],
		[
			'subtotal max_points not in its quote',
			[[['subtotals', 0, 'max_points'], 30]],
			'subtotals[0].max_points',
			/max_points 30 not stated in its quote/
		],
		[
			'source file missing',
			[[['source', 'file'], 'missing.txt']],
			'source.file',
			/source file data\/sources\/missing\.txt does not exist/
		],
		[
			'source lines beyond the file',
			[
				[
					['source', 'lines'],
					[1, 99]
				]
			],
			'source.lines',
			/report\.txt has fewer lines than 99/
		]
	];
	test.each(cases)('%s', (_name, edits, path, message) => {
		const problems = problemsOf(edits);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.path).toBe(path);
		expect(problems[0]!.message).toMatch(message);
		const { verified } = verifyRecord(edited(validRecord(), ...edits), FILE, context());
		expect(verified).toBeNull();
	});

	test('quote outside the lines: the text after the report is not searched', () => {
		const outside = {
			...validRecord().facts[0]!,
			metric: 'expenditure_final',
			figure: '7324.60万元',
			value: 73246000,
			quote: '本年财政拨款收入为7324.60万元'
		};
		const problems = problemsOf([[['facts', 4], outside]]);
		expect(problems.map((p) => p.path)).toEqual(['facts[4].quote']);
		expect(problems[0]!.message).toMatch(/only outside this report's lines/);
		// The same fact verifies once the record's lines include line 10.
		expect(
			problemsOf([
				[['facts', 4], outside],
				[
					['source', 'lines'],
					[1, 10]
				]
			])
		).toEqual([]);
	});

	test('unknown region with describeRegion names the division and the entry to add', () => {
		const describeRegion = (code: string) =>
			code === '440825'
				? '徐闻县 (county of 湛江市 440800); the entry to add: - { code: "440825", name: 徐闻县 }'
				: null;
		const [problem, ...rest] = problemsOf(
			[[['region_code'], '440825']],
			context({ describeRegion })
		);
		expect(rest).toEqual([]);
		expect(problem!.path).toBe('region_code');
		expect(problem!.message).toContain('unknown region 440825: it is 徐闻县');
		expect(problem!.message).toContain('- { code: "440825", name: 徐闻县 }');
		expect(problem!.message).toContain('add it to data/regions.yaml');
		// A code the dataset does not know either falls back to the plain message.
		const [other] = problemsOf([[['region_code'], '999999']], context({ describeRegion }));
		expect(other!.message).toMatch(/999999: not a GB\/T 2260 code/);
	});

	test('report_id must equal the file name', () => {
		const problems = problemsOf([], context(), '440281-2022.yaml');
		expect(problems).toEqual([
			{ path: 'report_id', message: '“440281-2023” must equal the file name “440281-2022”' }
		]);
	});

	test('several problems in one record are all reported, in order', () => {
		const problems = problemsOf([
			[['facts', 0, 'value'], 1],
			[['facts', 2, 'metric'], 'nope'],
			[['scores', 0, 'points'], 9]
		]);
		expect(problems.map((p) => p.path)).toEqual([
			'facts[0].value',
			'facts[2].metric',
			'scores[0].points'
		]);
	});

	test('a record that fails the schema reports zod paths and nothing else', () => {
		const { verified, problems } = verifyRecord(
			edited(validRecord(), [['title'], DELETE], [['facts', 1, 'qualifier'], 'maybe']),
			FILE,
			context()
		);
		expect(verified).toBeNull();
		expect(problems.map((p) => p.path).sort()).toEqual(['facts[1].qualifier', 'title']);
		expect(verifyRecord('not a record', FILE, context()).problems[0]!.path).toBe('(record)');
	});
});

describe('pathOf', () => {
	test('joins keys and indexes the way the records are written', () => {
		expect(pathOf(['facts', 3, 'value'])).toBe('facts[3].value');
		expect(pathOf(['source', 'lines', 0])).toBe('source.lines[0]');
		expect(pathOf([])).toBe('');
	});
});
