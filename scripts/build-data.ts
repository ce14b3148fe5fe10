/**
 * npm run data [-- --check] [--data DIR] [--out DIR] [--timings] [--threads N]
 * records → validate → verify quotes and values → audit → Parquet + manifest, atomically.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, SampleFact } from '../src/lib/contract/manifest.ts';
import {
	isSharded,
	shardPath,
	sourceTextPath,
	tablePath,
	type TableName
} from '../src/lib/contract/tables.ts';
import { countFindings, runAudit, SEVERITIES } from '../src/lib/domain/audit/index.ts';
import { divisions } from './lib/divisions.ts';
import { writeAnswers } from './lib/answers.ts';
import { writeDownloads, type FileEntry } from './lib/downloads.ts';
import { loadInputs, sha256, type FileProblem } from './lib/load.ts';
import { openWriter, writeParquet } from './lib/parquet.ts';
import { publishDir } from './lib/publish.ts';
import { readSourceTexts } from './lib/source-text.ts';
import { SYNTHETIC_BANNER, syntheticProblems } from './lib/synthetic.ts';
import { buildTables, sampleFact } from './lib/tables.ts';
import { phaseTimer } from './lib/timings.ts';
import { verifyInputs } from './lib/verify-records.ts';

const { values: args } = parseArgs({
	options: {
		check: { type: 'boolean', default: false },
		data: { type: 'string', default: 'data' },
		out: { type: 'string', default: 'static/data' },
		quiet: { type: 'boolean', default: false },
		timings: { type: 'boolean', default: false },
		/** Verification threads; 0 (the default) verifies on the main thread. */
		threads: { type: 'string' }
	}
});

const started = performance.now();
const dataDir = resolve(args.data);
const outDir = resolve(args.out);
const log = (s: string) => !args.quiet && console.log(s);
const phase = phaseTimer(args.timings);
const threads = args.threads === undefined ? undefined : Number(args.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
	console.error(`✗ --threads must be a whole number ≥ 0, not “${args.threads}”`);
	process.exit(1);
}

// Verification threads read the sources that are their own text from their files.
const sourceTexts = await readSourceTexts(join(dataDir, 'sources'), { verbatim: false });
// The text a PDF or web page source was verified against is published beside the tables.
const derivedTexts = [...sourceTexts.derived].flatMap((f) => {
	const text = sourceTexts.texts.get(f);
	return text === undefined ? [] : [[f, text] as const];
});
const inputs = loadInputs(dataDir, null, sourceTexts);
const {
	verified,
	drafts,
	problems: recordProblems,
	basisWarnings
} = await verifyInputs(inputs, {
	dataDir,
	sources: sourceTexts,
	threads
});
phase('load+verify');
const problems: FileProblem[] = [...inputs.problems];

const known = divisions();
// Synthetic regions are invented, so not in the division dataset: checked for that instead.
if (inputs.synthetic) problems.push(...syntheticProblems(inputs.regions, outDir));
inputs.regions.forEach((r, i) => {
	const d = inputs.synthetic ? r : known.get(r.code);
	if (!d)
		problems.push({
			file: 'regions.yaml',
			path: `regions[${i}].code`,
			message: `${r.code} is not in the division dataset`
		});
	else if (d.name !== r.name)
		problems.push({
			file: 'regions.yaml',
			path: `regions[${i}].name`,
			message: `${r.code} is ${d.name}, not ${r.name}`
		});
	if (r.parent && !inputs.regions.some((p) => p.code === r.parent))
		problems.push({
			file: 'regions.yaml',
			path: `regions[${i}].parent`,
			message: `parent ${r.parent} is not listed`
		});
});

problems.push(...recordProblems);

if (problems.length > 0) {
	console.error(`✗ data build failed: ${problems.length} problem(s); ${args.out} left unchanged\n`);
	for (const p of problems) console.error(`  data/${p.file}: ${p.path}: ${p.message}`);
	process.exit(1);
}

const sourceHashes = new Map(
	[...sourceTexts.hashes].filter(([f]) => sourceTexts.verbatim.has(f) || inputs.sources.has(f))
);
// Only verification needed the source texts.
inputs.sources.clear();
const findings = runAudit(
	verified.map((v) => v.record),
	inputs.catalogue!
);
phase('audit');
const tables = buildTables({
	regions: inputs.regions,
	catalogue: inputs.catalogue!,
	records: verified,
	sourceHashes,
	findings
});
phase('tables');

// What the log and manifest need of each report; the records themselves are released
// here, so at nation scale the Parquet writer does not run beside a second copy of them.
const reports = verified.map(({ record: r }) => ({
	id: r.report_id,
	facts: r.facts.length,
	scores: r.scores.length
}));
verified.length = 0;

if (inputs.synthetic) console.warn(SYNTHETIC_BANNER);
if (basisWarnings.length) {
	console.warn(
		`⚠ ${basisWarnings.length} fact(s) on another basis than their metric's, without a note:`
	);
	for (const w of basisWarnings) console.warn(`  data/${w.file}: ${w.path}: ${w.message}`);
}
log(
	`reports: ${reports.length}${drafts.length ? ` (+${drafts.length} draft(s) not published: ${drafts.join(', ')})` : ''}`
);
// Findings are what the reports say wrong, not build errors: counted here, never fatal.
const perReport = countFindings(
	reports.map((r) => r.id),
	findings
);
const bySeverity = { error: 0, warning: 0, info: 0 };
for (const f of findings) bySeverity[f.severity]++;
const columns = (id: string, cells: (string | number)[]) =>
	`  ${id.padEnd(40)}${cells.map((c, i) => String(c).padStart([6, 7, 7, 8, 5][i]!)).join('')}`;
log(columns('', ['facts', 'scores', 'error', 'warning', 'info']));
for (const r of reports) {
	const c = perReport.get(r.id)!;
	log(columns(r.id, [r.facts, r.scores, c.error, c.warning, c.info]));
}
log(
	`facts: ${reports.reduce((n, r) => n + r.facts, 0)}, scores: ${reports.reduce((n, r) => n + r.scores, 0)}, findings: ${findings.length} (${SEVERITIES.map((s) => `${bySeverity[s]} ${s}`).join(', ')}; one row per report a finding concerns)`
);

if (args.check) {
	log(`✓ check passed in ${Math.round(performance.now() - started)} ms (nothing written)`);
	process.exit(0);
}

let sample: SampleFact | null = null;
await publishDir(outDir, async (staging) => {
	const { conn, close } = await openWriter();
	const files: Record<string, FileEntry> = {};
	const orders = new Map<string, number[]>();
	try {
		const entry = (path: string, rows: number) => ({
			sha256: sha256(readFileSync(path)),
			rows,
			bytes: statSync(path).size
		});
		for (const spec of tables) {
			const name = spec.name as TableName;
			const path = join(staging, tablePath(name));
			const shardFile = isSharded(name)
				? (key: string) => join(staging, shardPath(key, name))
				: undefined;
			const { order, shards } = await writeParquet(conn, spec, path, shardFile);
			orders.set(spec.name, order);
			files[tablePath(name)] = entry(path, spec.rows.length);
			const counts = new Map<string, number>();
			for (const key of spec.shards ?? []) counts.set(key, (counts.get(key) ?? 0) + 1);
			if (isSharded(name))
				for (const [key, file] of shards)
					files[shardPath(key, name)] = entry(file, counts.get(key) ?? 0);
		}
		sample = sampleFact(tables, orders);
		phase('parquet');
		Object.assign(
			files,
			await writeDownloads(staging, tables, { orders, synthetic: inputs.synthetic })
		);
		phase('downloads');
	} finally {
		close();
	}
	// The rows in JS are written: released before the answers read the Parquet back, so at
	// nation scale DuckDB's work there does not run beside them (~0.9 GB of heap).
	for (const spec of tables) {
		spec.rows.length = 0;
		spec.shards = undefined;
	}
	// Read back from the files just written, by the pages' own queries.
	Object.assign(files, await writeAnswers(staging));
	phase('answers');
	// Every input's hash goes in a file of its own: at nation scale (67,000 inputs) it was
	// 8.8 MB, and /status and /data read the manifest. Findings per report are in findings.parquet.
	// Sorted by code point, not by locale: the same inputs give the same bytes anywhere.
	const hashes = Object.fromEntries(
		Object.entries(inputs.hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
	);
	for (const [file, text] of derivedTexts) {
		const path = join(staging, sourceTextPath(file));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
		files[sourceTextPath(file)] = { sha256: sha256(text), bytes: statSync(path).size };
	}
	const inputsPath = join(staging, 'inputs.json');
	writeFileSync(inputsPath, JSON.stringify({ inputs: hashes }, null, '\t') + '\n');
	files['inputs.json'] = {
		sha256: sha256(readFileSync(inputsPath)),
		bytes: statSync(inputsPath).size
	};
	const manifest: Manifest = {
		schema_version: 1,
		...(inputs.synthetic ? { synthetic: true } : {}),
		files,
		counts: {
			reports: reports.length,
			facts: files[tablePath('facts')]!.rows ?? 0,
			scores: files[tablePath('scores')]!.rows ?? 0,
			findings: bySeverity
		},
		sample
	};
	writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
});
phase('publish');

log(
	`✓ wrote ${tables.length} tables + manifest.json to ${args.out} in ${Math.round(performance.now() - started)} ms`
);
if (inputs.synthetic) console.warn(SYNTHETIC_BANNER);
