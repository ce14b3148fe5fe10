/**
 * A cold visit to the public home page: bytes on the wire by kind (HTML, CSS, JS, other)
 * and first contentful paint, median of several loads, each in a new browser context.
 * The built site (npm run build first) is served precompressed by scripts/serve.ts.
 *
 *   npx tsx scripts/bench/public.ts [runs=7] [path=/]
 *
 * Writes bench-results/public.json. Measures, asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { median, openSite } from './lib/site.ts';

const runs = Number(process.argv[2] ?? 7);
const path = process.argv[3] ?? '/';
const port = Number(process.env.PORT ?? 4393);
const base = `http://127.0.0.1:${port}`;

type Kind = 'html' | 'css' | 'js' | 'other';
interface Load {
	fcpMs: number;
	bytes: Record<Kind, number>;
	total: number;
	requests: number;
}

function kindOf(url: string, type: string): Kind {
	if (type === 'document') return 'html';
	if (type === 'stylesheet' || url.endsWith('.css')) return 'css';
	if (type === 'script' || url.endsWith('.js')) return 'js';
	return 'other';
}

export async function measurePublic(): Promise<{ loads: Load[]; median: Load }> {
	const site = await openSite(port);
	const { browser } = site;
	const loads: Load[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const load: Load = {
				fcpMs: 0,
				bytes: { html: 0, css: 0, js: 0, other: 0 },
				total: 0,
				requests: 0
			};
			const pending: Promise<void>[] = [];
			page.on('requestfinished', (request) => {
				pending.push(
					request.sizes().then((s) => {
						const n = s.responseBodySize + s.responseHeadersSize;
						load.bytes[kindOf(request.url(), request.resourceType())] += n;
						load.total += n;
						load.requests += 1;
					})
				);
			});
			await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
			await Promise.all(pending);
			load.fcpMs = await page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1
			);
			loads.push(load);
			await context.close();
		}
	} finally {
		await site.close();
	}
	const pick = (f: (l: Load) => number) => median(loads.map(f));
	return {
		loads,
		median: {
			fcpMs: Math.round(pick((l) => l.fcpMs)),
			bytes: {
				html: pick((l) => l.bytes.html),
				css: pick((l) => l.bytes.css),
				js: pick((l) => l.bytes.js),
				other: pick((l) => l.bytes.other)
			},
			total: pick((l) => l.total),
			requests: pick((l) => l.requests)
		}
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await measurePublic();
	const m = result.median;
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	console.log(`public page ${path}: median of ${runs} cold loads`);
	console.log(`  first contentful paint  ${m.fcpMs} ms`);
	console.log(`  transferred             ${kb(m.total)} in ${m.requests} requests`);
	console.log(
		`    HTML ${kb(m.bytes.html)} · CSS ${kb(m.bytes.css)} · JS ${kb(m.bytes.js)} · other ${kb(m.bytes.other)}`
	);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/public.json',
		JSON.stringify({ path, runs, ...result }, null, '\t') + '\n'
	);
}
