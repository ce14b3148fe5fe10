/**
 * The message tables stay tidy: every key is used, no key is defined twice, no text is
 * written twice under two keys, and both languages of a message take the same shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tables } from '../../../src/lib/i18n/messages.ts';
import type { Message } from '../../../src/lib/i18n/translate.ts';
import { ROOT } from '../scripts/build-helpers.ts';

const entries = Object.entries(tables).flatMap(([table, messages]) =>
	Object.entries(messages as Record<string, Message>).map(([key, m]) => ({ table, key, m }))
);

/** The site's code outside the message tables, as one text per file. */
function sources(dir = join(ROOT, 'src')): { file: string; text: string }[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.filter((f) => !relative(ROOT, f).startsWith(join('src', 'lib', 'i18n')))
		.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe('the message tables', () => {
	test('define each key once', () => {
		const seen = new Map<string, string>();
		const twice = entries.filter(({ table, key }) => {
			const before = seen.get(key);
			seen.set(key, table);
			return before !== undefined;
		});
		expect(twice.map(({ table, key }) => `${table}.${key}`)).toEqual([]);
	});

	test('use every key', () => {
		const code = sources()
			.map((s) => s.text)
			.join('\n');
		const unused = entries.filter(({ key }) => !code.includes(`'${key}'`)).map((e) => e.key);
		expect(unused).toEqual([]);
	});

	test('write no text twice under two keys', () => {
		const byText = new Map<string, string[]>();
		for (const { key, m } of entries) {
			if (typeof m.zh !== 'string') continue;
			const text = `${m.zh}|${m.en}`;
			byText.set(text, [...(byText.get(text) ?? []), key]);
		}
		expect([...byText.values()].filter((keys) => keys.length > 1)).toEqual([]);
	});

	test('give each message in both languages, with the same parameters', () => {
		for (const { key, m } of entries) {
			expect(typeof m.zh, key).toBe(typeof m.en);
			if (typeof m.zh === 'string' && typeof m.en === 'string') {
				expect(m.zh.trim(), key).not.toBe('');
				expect(m.en.trim(), key).not.toBe('');
			} else {
				expect(m.zh.length, key).toBe(m.en.length);
			}
		}
	});
});
