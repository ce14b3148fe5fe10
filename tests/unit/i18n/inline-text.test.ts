/**
 * UI words live in src/lib/i18n/: a page or component (of the site, or of the review
 * workbench under scripts/review) that picks between two inline strings by language
 * (zh ? '…' : '…', {#if zh}…{:else}…{/if}, { zh: '…', en: '…' }) fails here, with the
 * file and line. Choosing between two data fields (name_zh/name_en)
 * is not text and passes. domain/ (audit messages written into the data) and format/
 * (how a number reads: 未报告, 累计) are outside the site's text and not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../scripts/build-helpers.ts';

const CHECKED = ['src/routes', 'src/lib', 'scripts/review'];
const EXEMPT = ['src/lib/i18n/', 'src/lib/domain/', 'src/lib/format/'];

const INLINE: [what: string, pattern: RegExp][] = [
	['a string chosen by `zh ?`', /\bzh\s*\?\s*['"`]/g],
	["a string chosen by `=== 'zh' ?`", /===\s*'zh'\s*\?\s*['"`]/g],
	['text in an {#if zh} block', /\{#if\s+(zh|[\w.]+\s*===\s*'zh')\s*\}/g],
	['a { zh: …, en: … } pair of strings', /\bzh:\s*['"`]/g]
];

/** Every inline choice of text in `text`, as "file:line what". */
export function inlineText(file: string, text: string): string[] {
	const found: string[] = [];
	for (const [what, pattern] of INLINE)
		for (const m of text.matchAll(pattern))
			found.push(`${file}:${text.slice(0, m.index).split('\n').length} ${what}`);
	return found;
}

describe('UI text', () => {
	test('is never written inline beside its translation', () => {
		const files = CHECKED.flatMap((dir) =>
			readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
				.map((e) => relative(ROOT, join(e.parentPath, e.name)))
		).filter((f) => !EXEMPT.some((x) => f.startsWith(x)));
		expect(files.length).toBeGreaterThan(20);
		expect(files.flatMap((f) => inlineText(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
	});

	test('the check finds each way of writing it inline', () => {
		const samples = [
			"const title = zh ? '指标对比' : 'Compare';",
			"label={lang.current === 'zh' ? `第${n}名` : `#${n}`}",
			'{#if zh}<p>说明</p>{:else}<p>About</p>{/if}',
			"const DIRECTION = { higher: { zh: '越高越好', en: 'higher is better' } };",
			"{zh\n\t? '全选'\n\t: 'All'}"
		];
		for (const s of samples) expect(inlineText('sample', s), s).not.toEqual([]);
		expect(inlineText('sample', "{zh ? m.name_zh : m.name_en}{t('year', lang)}")).toEqual([]);
	});
});
