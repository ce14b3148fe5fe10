/**
 * npm run extract:eval [-- --data DIR] [--wild DIR] [--heldout DIR]
 * Scores the extractor three ways, each with precision and recall per document and
 * overall: on the seed reports against their curated records; on variants of the seeds
 * (county, years and figures changed, lines re-wrapped, widths and layout changed); and on
 * the wild corpus of real reports from elsewhere (tests/fixtures/wild), which the rules
 * were not written against; on the held-out reports (tests/fixtures/wild/heldout), which
 * no rule has been tuned on, so their score estimates recall on reports never seen; and
 * on wild excerpts made into Word, Excel and PDF files (tests/fixtures/formats). It
 * reports; it does not gate.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCorpus } from './lib/corpus-eval.ts';
import { loadExtractContext } from './lib/extract-context.ts';
import { evaluateExtractor, formatEval } from './lib/extract-eval.ts';
import { evaluateVariants } from './lib/eval-variants.ts';
import { evaluateCorpus } from './lib/eval-wild.ts';

const { values: args } = parseArgs({
	options: {
		data: { type: 'string', default: 'data' },
		wild: { type: 'string', default: 'tests/fixtures/wild' },
		heldout: { type: 'string', default: 'tests/fixtures/wild/heldout' },
		formats: { type: 'string', default: 'tests/fixtures/formats' }
	}
});
const dataDir = resolve(args.data);
const ctx = loadExtractContext(dataDir);

const seeds = evaluateExtractor(dataDir);
console.log('── seeds ──');
console.log(formatEval(seeds));
console.log(
	`seeds: precision ${(100 * seeds.precision).toFixed(1)}% · recall ${(100 * seeds.recall).toFixed(1)}% · ${Math.round(seeds.ms)} ms`
);
for (const p of seeds.total.problems) console.log(`  ✗ ${p}`);

const variants = evaluateVariants(dataDir, ctx);
console.log('\n' + formatCorpus('variants', variants));
console.log(`variants: seed values carried over into a variant: ${variants.carried}`);

const wild = await evaluateCorpus(resolve(args.wild), ctx);
console.log('\n' + formatCorpus('wild', wild));

const heldout = await evaluateCorpus(resolve(args.heldout), ctx);
console.log('\n' + formatCorpus('held-out', heldout));

const formats = await evaluateCorpus(resolve(args.formats), ctx);
console.log('\n' + formatCorpus('wild excerpts as Word, Excel and PDF files', formats));
