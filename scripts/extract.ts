/**
 * npm run extract -- <report> [--out PATH] [--data DIR] [--dry-run]
 * Reads a report (text, saved web page or PDF), drafts its structured record(s) with
 * every figure quoted, and prints what a reviewer should check. The report's text is
 * stored under data/sources/ (verbatim when it is UTF-8 text) so the quotes can be
 * verified; drafts go to data/records/ (or --out) with status: draft, which
 * `npm run data` does not publish. Exit 2 when the file is not a self-evaluation report.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { extractReports, type Draft } from '../src/lib/domain/extract/draft.ts';
import { summarize } from '../src/lib/domain/extract/summary.ts';
import { describeDivision, divisions } from './lib/divisions.ts';
import { loadExtractContext } from './lib/extract-context.ts';
import { readReport } from './lib/read-report.ts';
import { recordToYaml } from './lib/record-yaml.ts';

const { values: args, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		out: { type: 'string' },
		data: { type: 'string', default: 'data' },
		'dry-run': { type: 'boolean', default: false }
	}
});

function fail(message: string, code = 1): never {
	console.error(`✗ ${message}`);
	process.exit(code);
}

function writeAtomic(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.tmp-${process.pid}`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

if (positionals.length !== 1)
	fail(
		'usage: npm run extract -- <report.txt|.html|.pdf|.docx|.xlsx> [--out PATH] [--data DIR] [--dry-run]'
	);
const input = resolve(positionals[0]!);
if (!existsSync(input)) fail(`${positionals[0]} does not exist`);
const dataDir = resolve(args.data);
const sourcesDir = join(dataDir, 'sources');

const report = await readReport(input).catch((e: Error) => fail(e.message));
const inSources = dirname(input) === sourcesDir;
if (inSources && !report.verbatim)
	fail(`${basename(input)} is in data/sources but is not UTF-8 text`);
const sourceName = inSources ? basename(input) : basename(input, extname(input)) + '.txt';
const sourcePath = join(sourcesDir, sourceName);
if (!inSources && existsSync(sourcePath) && readFileSync(sourcePath, 'utf8') !== report.text) {
	fail(
		`data/sources/${sourceName} already exists with other text; rename the report file and run again`
	);
}

const ctx = loadExtractContext(dataDir);
const result = extractReports(report.text, sourceName, ctx);
if (result.notReport !== null) {
	fail(
		`${basename(input)} is not a performance self-evaluation report (绩效自评报告): ${result.notReport}. Nothing written.`,
		2
	);
}
const drafts = result.drafts;

function target(draft: Draft): string {
	const name = `${draft.record.report_id}.yaml`;
	if (!args.out) return join(dataDir, 'records', name);
	const out = resolve(args.out);
	return drafts.length === 1 && /\.ya?ml$/.test(out) ? out : join(out, name);
}

const header = (d: Draft) => [
	`Draft by npm run extract from ${basename(input)} (${report.format}), lines ${d.record.source.lines.join('–')}.`,
	'Not published until reviewed: check every fact against its quote (those with',
	'`uncertain:` first), correct or delete, then set status: reviewed and run npm run data.',
	...d.notes.map((n) => `check: ${n}`)
];

const refused: string[] = [];
const writes: [string, string][] = [];
for (const d of drafts) {
	const path = target(d);
	if (existsSync(path)) {
		const existing = parseYaml(readFileSync(path, 'utf8')) as { status?: string } | null;
		if (existing?.status !== 'draft') {
			refused.push(path);
			continue;
		}
	}
	writes.push([path, recordToYaml(d.record, header(d))]);
}

console.log(`${basename(input)}: ${report.format}, ${drafts.length} report(s)`);
for (const n of report.notes) console.log(`  note: ${n}`);
for (const d of drafts) {
	console.log('');
	for (const line of summarize(d, ctx.catalogue)) console.log(line);
	if (d.region && !d.region.listed) {
		const all = divisions();
		const parent = all.get(d.region.code)?.parent;
		console.log(`  add to data/regions.yaml: ${describeDivision(d.region.code)}`);
		if (parent && !ctx.regions.some((r) => r.code === parent)) {
			console.log(`  and its city: ${describeDivision(parent)}`);
		}
	}
}

if (args['dry-run']) {
	console.log('\n(dry run: nothing written)');
} else {
	if (!inSources) writeAtomic(sourcePath, report.text);
	for (const [path, yaml] of writes) writeAtomic(path, yaml);
	console.log('');
	if (!inSources)
		console.log(
			`wrote ${relative(process.cwd(), sourcePath)} (the text the quotes are checked against)`
		);
	for (const [path] of writes)
		console.log(`wrote ${relative(process.cwd(), path)} (status: draft)`);
}
for (const path of refused) {
	const where = relative(process.cwd(), path);
	if (args['dry-run'])
		console.log(`note: ${where} exists and is reviewed; a real run would not overwrite it`);
	else console.error(`✗ ${where} exists and is reviewed: not overwritten (use --out)`);
}
process.exit(refused.length && !args['dry-run'] ? 1 : 0);
