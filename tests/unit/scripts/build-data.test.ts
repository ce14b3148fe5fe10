/**
 * `npm run data` end to end: the real data builds reproducibly, and every class of bad
 * input is refused with the file, the field path and the problem, leaving the last good
 * output untouched. Each test works on its own copy of data/.
 */
import {
	cpSync,
	existsSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument, parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	build,
	copyData,
	editRecord,
	factIndex,
	hashTree,
	made,
	tempDir,
	type Run
} from './build-helpers.ts';

const LECHANG = '440281-2023.yaml';
const WUCHUAN = '440883-2023.yaml';

let baseline: { data: string; out: string; hashes: Record<string, string>; run: Run };

beforeAll(async () => {
	const data = copyData();
	const out = join(tempDir(), 'out');
	const run = await build(data, out, '--quiet');
	baseline = { data, out, hashes: hashTree(out), run };
});

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the real data', () => {
	test('builds: six Parquet tables and a manifest listing every file written', () => {
		expect(baseline.run.code, baseline.run.stderr).toBe(0);
		expect(baseline.run.stderr).not.toMatch(/✗|problem/);
		// Every fact on another basis than its metric's says why in a note.
		expect(baseline.run.stderr).not.toMatch(/⚠/);
		const written = Object.keys(baseline.hashes).sort();
		expect(written).toEqual(
			expect.arrayContaining([
				'facts.parquet',
				'findings.parquet',
				'manifest.json',
				'metrics.parquet',
				'regions.parquet',
				'reports.parquet',
				'scores.parquet'
			])
		);
		const manifest = JSON.parse(readFileSync(join(baseline.out, 'manifest.json'), 'utf8')) as {
			files: Record<string, { sha256: string }>;
		};
		expect(written).toEqual([...Object.keys(manifest.files), 'manifest.json'].sort());
		for (const [name, { sha256 }] of Object.entries(manifest.files))
			expect(baseline.hashes[name], name).toBe(sha256);
		// Every input's hash, in a file of its own so the manifest stays small at scale.
		const { inputs } = JSON.parse(readFileSync(join(baseline.out, 'inputs.json'), 'utf8')) as {
			inputs: Record<string, string>;
		};
		const sources = readdirSync(join(baseline.data, 'sources')).filter((f) => f.endsWith('.txt'));
		expect(Object.keys(inputs)).toEqual(
			expect.arrayContaining([
				'metrics.yaml',
				'regions.yaml',
				'records/440281-2023.yaml',
				...sources.map((f) => `sources/${f}`)
			])
		);
		expect(inputs['sources/' + sources[0]]).toMatch(/^[0-9a-f]{64}$/);
		expect(manifest).not.toHaveProperty('inputs');
		const pkg = JSON.parse(readFileSync(join(baseline.out, 'datapackage.json'), 'utf8'));
		expect(`${pkg.title} ${pkg.description}`).not.toMatch(/SYNTHETIC|合成/);
	});

	// Three real builds at once: as long as a hook that builds (vite.config.ts hookTimeout).
	test('builds byte-identically when run again, into a new or the same folder', async () => {
		const fresh = join(tempDir(), 'out');
		const same = join(tempDir(), 'out');
		cpSync(baseline.out, same, { recursive: true });
		const never = join(tempDir(), 'never');
		const [first, again, check] = await Promise.all([
			build(copyData(baseline.data), fresh, '--quiet'),
			build(baseline.data, same, '--quiet'),
			build(baseline.data, never, '--check')
		]);
		expect(first.code, first.stderr).toBe(0);
		expect(hashTree(fresh)).toEqual(baseline.hashes);

		// Rebuilding over an existing output replaces it atomically with the same bytes.
		expect(again.code, again.stderr).toBe(0);
		expect(hashTree(same)).toEqual(baseline.hashes);
		expect(readdirSync(dirname(same))).toEqual(['out']);

		// --check validates the same inputs and writes nothing.
		expect(check.code, check.stderr).toBe(0);
		expect(check.stdout).toMatch(/✓ check passed/);
		expect(existsSync(never)).toBe(false);
		expect(readdirSync(dirname(never))).toEqual([]);
	}, 60_000);

	test('lists inputs in inputs.json by code point, not by the machine’s locale', async () => {
		const data = copyData(baseline.data);
		// Names a locale would order differently: capitals, '-' against '_'.
		for (const name of ['Zeta.txt', 'a_b.txt', 'a-c.txt'])
			writeFileSync(join(data, 'sources', name), `${name}\n`);
		const out = join(tempDir(), 'out');
		const run = await build(data, out, '--quiet');
		expect(run.code, run.stderr).toBe(0);
		const { inputs } = JSON.parse(readFileSync(join(out, 'inputs.json'), 'utf8')) as {
			inputs: Record<string, string>;
		};
		const sources = Object.keys(inputs).filter((k) => k.startsWith('sources/'));
		expect(sources.slice(-3)).toEqual(['sources/Zeta.txt', 'sources/a-c.txt', 'sources/a_b.txt']);
		expect(Object.keys(inputs)).toEqual(Object.keys(inputs).sort());
	});
});

describe('one basis per metric', () => {
	test('a fact on another basis than its metric’s, without a note, is warned about', async () => {
		const data = copyData(baseline.data);
		const i = factIndex(data, LECHANG, { metric: 'budget_initial', year: 2022 });
		editRecord(data, LECHANG, (doc) => doc.setIn(['facts', i, 'basis'], 'cumulative'));
		const out = join(tempDir(), 'out');
		const run = await build(data, out);
		expect(run.code, run.stderr).toBe(0);
		expect(run.stderr).toMatch(
			/⚠ 1 fact\(s\) on another basis than their metric's, without a note/
		);
		expectProblem(
			run.stderr,
			`records/${LECHANG}`,
			`facts[${i}] (budget_initial, 2022)`,
			'basis cumulative, but budget_initial is compared on annual figures; add a note'
		);
		// A warning, not a refusal: the data is built all the same.
		expect(existsSync(join(out, 'facts.parquet'))).toBe(true);

		// A note saying why the basis differs settles it.
		editRecord(data, LECHANG, (doc) =>
			doc.setIn(['facts', i, 'note'], '累计 in the sentence makes it a running total.')
		);
		const noted = await build(data, join(tempDir(), 'out'), '--check');
		expect(noted.code, noted.stderr).toBe(0);
		expect(noted.stderr).not.toMatch(/⚠/);
	});

	test('a metric without its basis is refused, naming the catalogue entry', async () => {
		const { data, out } = scenario();
		const path = join(data, 'metrics.yaml');
		const doc = parseDocument(readFileSync(path, 'utf8'));
		const ids = (doc.toJS() as { metrics: { id: string }[] }).metrics.map((m) => m.id);
		const i = ids.indexOf('yzz_transactions');
		expect(doc.deleteIn(['metrics', i, 'basis'])).toBe(true);
		writeFileSync(path, doc.toString());
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			'metrics.yaml',
			`metrics[${i}].basis`,
			'Invalid option: expected one of "annual"|"cumulative"|"point"'
		);
	});
});

/** A fresh data copy and a copy of the baseline output, hashed before the run. */
function scenario() {
	const data = copyData(baseline.data);
	const out = join(tempDir(), 'out');
	cpSync(baseline.out, out, { recursive: true });
	return { data, out };
}

/** Runs the build on a broken copy and checks the refusal and the untouched output. */
async function refused(data: string, out: string): Promise<string> {
	const before = hashTree(out);
	expect(before).toEqual(baseline.hashes);
	const run = await build(data, out);
	expect(run.code).not.toBe(0);
	expect(run.code).not.toBeNull();
	expect(run.stderr).toMatch(/✗ data build failed: \d+ problem\(s\)/);
	expect(hashTree(out)).toEqual(before);
	expect(readdirSync(dirname(out))).toEqual(['out']);
	return run.stderr;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Asserts a line `data/<file>: <path>: <message…>` in stderr. */
function expectProblem(stderr: string, file: string, path: string, message: RegExp | string) {
	const text = typeof message === 'string' ? escape(message) : message.source;
	expect(stderr).toMatch(new RegExp(`data/${escape(file)}: ${escape(path)}: ${text}`));
}

describe.concurrent('bad input is refused with file, path and problem; output unchanged', () => {
	test('malformed YAML', async () => {
		const { data, out } = scenario();
		const path = join(data, 'records', LECHANG);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
		const stderr = await refused(data, out);
		expectProblem(stderr, `records/${LECHANG}`, '(file)', 'malformed YAML: ');
	});

	test('malformed JSON (a .json record)', async () => {
		const { data, out } = scenario();
		const yamlPath = join(data, 'records', LECHANG);
		const json = JSON.stringify(parseYaml(readFileSync(yamlPath, 'utf8')), null, 2);
		rmSync(yamlPath);
		writeFileSync(join(data, 'records', '440281-2023.json'), json.slice(0, -2));
		const stderr = await refused(data, out);
		expectProblem(stderr, 'records/440281-2023.json', '(file)', 'malformed JSON: ');
	});

	test('missing required field', async () => {
		const { data, out } = scenario();
		editRecord(data, WUCHUAN, (doc) => doc.delete('title'));
		const stderr = await refused(data, out);
		expectProblem(stderr, `records/${WUCHUAN}`, 'title', /Invalid input: expected string/);
	});

	test('unknown metric', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, LECHANG, { metric: 'budget_initial', year: 2023 });
		editRecord(data, LECHANG, (doc) => doc.setIn(['facts', i, 'metric'], 'budget_planned'));
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${LECHANG}`,
			`facts[${i}].metric`,
			'unknown metric “budget_planned”'
		);
	});

	test('unknown region (徐闻县 440825): names the county and the entry to add', async () => {
		const { data, out } = scenario();
		editRecord(data, WUCHUAN, (doc) => {
			doc.set('report_id', '440825-2023');
			doc.set('region_code', '440825');
		});
		renameSync(join(data, 'records', WUCHUAN), join(data, 'records', '440825-2023.yaml'));
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			'records/440825-2023.yaml',
			'region_code',
			'unknown region 440825: it is 徐闻县 (county of 湛江市 440800); the entry to add: ' +
				'- { code: "440825", name: 徐闻县, level: county, parent: "440800" }; add it to data/regions.yaml'
		);
	});

	test('year out of range', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, WUCHUAN, { metric: 'yss_users' });
		editRecord(data, WUCHUAN, (doc) => doc.setIn(['facts', i, 'year'], 1999));
		const stderr = await refused(data, out);
		expectProblem(stderr, `records/${WUCHUAN}`, `facts[${i}].year`, 'must be 2000 or later');
	});

	test('quote not found in the source', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, LECHANG, { metric: 'budget_initial', year: 2023 });
		editRecord(data, LECHANG, (doc) => {
			const quote = String(doc.getIn(['facts', i, 'quote']));
			expect(quote).toContain('年初预算');
			doc.setIn(['facts', i, 'quote'], quote.replace('年初预算', '年终预算'));
		});
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${LECHANG}`,
			`facts[${i}].quote`,
			'quote not found in 000_f5dba7c106cb292e.txt: “2023 年年终预算'
		);
	});

	test('value not matching its quote', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, LECHANG, { metric: 'budget_initial', value: 3710164 });
		editRecord(data, LECHANG, (doc) => doc.setIn(['facts', i, 'value'], 3710165));
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${LECHANG}`,
			`facts[${i}].value`,
			'value 3710165 does not match its figure “3,710,164 元”, which says 3710164 元'
		);
	});

	test('unit mismatch (a 万元 figure for a % metric)', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, WUCHUAN, { metric: 'expenditure_final', figure: '7324.60万元' });
		editRecord(data, WUCHUAN, (doc) => doc.setIn(['facts', i, 'metric'], 'budget_execution_rate'));
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${WUCHUAN}`,
			`facts[${i}].figure`,
			'unit mismatch: “7324.60万元” is in 元, but budget_execution_rate is measured in %'
		);
	});

	test('duplicate figure in one record', async () => {
		const { data, out } = scenario();
		const i = factIndex(data, LECHANG, { metric: 'budget_initial', year: 2022 });
		let n = 0;
		editRecord(data, LECHANG, (doc) => {
			const facts = (doc.toJS() as { facts: unknown[] }).facts;
			n = facts.length;
			doc.addIn(['facts'], doc.createNode(facts[i]));
		});
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${LECHANG}`,
			`facts[${n}]`,
			`duplicate figure: same metric, year, value and quote as facts[${i}]`
		);
	});

	test('missing source file', async () => {
		const { data, out } = scenario();
		rmSync(join(data, 'sources', '003_dfc3b55ffced65d5.txt'));
		const stderr = await refused(data, out);
		expectProblem(
			stderr,
			`records/${WUCHUAN}`,
			'source.file',
			'source file data/sources/003_dfc3b55ffced65d5.txt does not exist'
		);
	});

	test('empty file', async () => {
		const { data, out } = scenario();
		writeFileSync(join(data, 'records', '440233-2023-extranet.yaml'), '\n  \n');
		const stderr = await refused(data, out);
		expectProblem(stderr, 'records/440233-2023-extranet.yaml', '(file)', 'file is empty');
	});

	test('several problems in two files are all reported at once', async () => {
		const { data, out } = scenario();
		const v = factIndex(data, LECHANG, { metric: 'budget_initial', value: 3710164 });
		const m = factIndex(data, LECHANG, { metric: 'budget_initial', year: 2022 });
		const u = factIndex(data, WUCHUAN, { metric: 'yss_users' });
		editRecord(data, LECHANG, (doc) => {
			doc.setIn(['facts', v, 'value'], 1);
			doc.setIn(['facts', m, 'metric'], 'no_such_metric');
			doc.set('report_id', '440281-2024');
		});
		editRecord(data, WUCHUAN, (doc) => doc.setIn(['facts', u, 'value'], 89.65));
		const stderr = await refused(data, out);
		const file = `records/${LECHANG}`;
		expectProblem(
			stderr,
			file,
			'report_id',
			'“440281-2024” must equal the file name “440281-2023”'
		);
		expectProblem(stderr, file, `facts[${v}].value`, 'value 1 does not match');
		expectProblem(stderr, file, `facts[${m}].metric`, 'unknown metric “no_such_metric”');
		expectProblem(stderr, `records/${WUCHUAN}`, `facts[${u}].value`, 'value 89.65 does not match');
		expect(stderr).toMatch(/✗ data build failed: 4 problem\(s\)/);
		expect(stderr.match(/^ {2}data\//gm)).toHaveLength(4);
	});
});
