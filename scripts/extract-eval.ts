/**
 * npm run extract:eval [-- --data DIR]
 * Runs the extractor over every seed source and compares its drafts with the curated
 * records: precision and recall of the figures, per report and overall. It reports; it
 * does not gate (the unit tests hold the thresholds).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateExtractor, formatEval } from './lib/extract-eval.ts';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });
const result = evaluateExtractor(resolve(args.data));
console.log(formatEval(result));
console.log(
	`\nprecision ${(100 * result.precision).toFixed(1)}% · recall ${(100 * result.recall).toFixed(1)}% · ${Math.round(result.ms)} ms`
);
for (const p of result.total.problems) console.log(`  ✗ ${p}`);
