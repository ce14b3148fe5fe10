/**
 * Variants of the seed reports, so the extractor is never scored only on the exact text
 * its rules were written against. Each variant renames the county (to a synthetic 测试县),
 * moves every year by the same amount, and changes every curated figure's number
 * consistently (the same number becomes the same new number wherever a curated figure
 * states it); then one layout change: lines re-wrapped at another width, digits and signs
 * made full-width, the whole text NFKC-normalised, or short statements turned into table
 * rows. The expected figures are the curated ones put through the same change, so a
 * variant is scored like a seed, and a drafted value that is still the original's shows
 * the extractor read something it should not have.
 */
import { headingMarker } from '../../src/lib/domain/extract/segment.ts';
import { parseFigure } from '../../src/lib/domain/numbers.ts';
import { findQuote } from '../../src/lib/domain/quotes.ts';
import type { EvaluationRecord, Region } from '../../src/lib/domain/schema.ts';
import type { ExpectedFact } from './corpus-eval.ts';

export type Layout = 'rewrap' | 'fullwidth' | 'nfkc' | 'table';
export const LAYOUTS: Layout[] = ['rewrap', 'fullwidth', 'nfkc', 'table'];

export interface Variant {
	name: string;
	text: string;
	expected: ExpectedFact[];
	/** The seed's figures whose number was changed: a draft with one of these values leaked. */
	changed: ExpectedFact[];
}

const YEAR_SHIFT = 3;
const NUMBER = /\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/;

function hash(s: string): number {
	let h = 2166136261;
	for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
	return h;
}

/** A different number of the same shape: same decimals and separators, 3–17 % away. */
function perturb(token: string, max: number | undefined): string {
	const sep = /[,，]/.exec(token)?.[0];
	const plain = token.replace(/[,，]/g, '');
	const decimals = plain.split('.')[1]?.length ?? 0;
	const n = Number(plain);
	const f = 1 + (3 + (hash(token) % 15)) / 100;
	const step = 10 ** -decimals;
	let m = Math.round((n * f) / step) * step;
	if (max !== undefined && m > max) m = Math.round(n / f / step) * step;
	if (m === n) m = n + step;
	let out = m.toFixed(decimals);
	if (sep) {
		const [int, frac] = out.split('.');
		out = int!.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac ? '.' + frac : '');
	}
	return out;
}

interface Edit {
	start: number;
	end: number;
	text: string;
}

function applyEdits(text: string, edits: Edit[]): string {
	let out = text;
	for (const e of [...edits].sort((a, b) => b.start - a.start))
		out = out.slice(0, e.start) + e.text + out.slice(e.end);
	return out;
}

/** The seed with its curated figures' numbers changed, and the expected figures. */
function changeFigures(
	source: string,
	records: EvaluationRecord[],
	max: (metric: string) => number | undefined
): {
	text: string;
	expected: ExpectedFact[];
	changed: ExpectedFact[];
	mapping: Map<string, string>;
} {
	const edits = new Map<number, Edit>();
	const mapping = new Map<string, string>();
	const expected: ExpectedFact[] = [];
	const changed: ExpectedFact[] = [];
	// Two facts with one quote and one figure are its first and second showing (预算为 25.17 万元, 决算为 25.17 万元).
	const seen = new Map<string, number>();
	for (const fact of records.flatMap((r) => r.facts)) {
		const nth = seen.get(fact.quote + '|' + fact.figure) ?? 0;
		seen.set(fact.quote + '|' + fact.figure, nth + 1);
		const base = {
			metric: fact.metric,
			year: fact.year + YEAR_SHIFT,
			qualifier: fact.qualifier,
			basis: fact.basis
		};
		const span = findQuote(source, fact.quote)[0];
		const shows = span ? findQuote(source.slice(span.start, span.end), fact.figure) : [];
		const inQuote = shows[Math.min(nth, shows.length - 1)];
		const figure = inQuote
			? source.slice(span!.start + inQuote.start, span!.start + inQuote.end)
			: '';
		const num = NUMBER.exec(figure);
		const n = num ? Number(num[0].replace(/[,，]/g, '')) : NaN;
		if (!num || n === 0 || n === max(fact.metric)) {
			expected.push({ ...base, value: fact.value });
			continue;
		}
		const key = num[0].replace(/[,，]/g, '');
		const next = mapping.get(key) ?? perturb(num[0], max(fact.metric));
		mapping.set(key, next);
		const start = span!.start + inQuote!.start + num.index;
		edits.set(start, { start, end: start + num[0].length, text: next });
		const written = figure.slice(0, num.index) + next + figure.slice(num.index + num[0].length);
		const value = parseFigure(written + (fact.table_unit ?? '')).value;
		expected.push({ ...base, value: fact.value < 0 && value > 0 ? -value : value });
		changed.push({ ...base, value: fact.value });
	}
	return { text: applyEdits(source, [...edits.values()]), expected, changed, mapping };
}

const YEAR = /(?<![\d.])(20\d\d)(?=\s*(年|-\d|\.\d{1,2}\.|\/\d))|(?<=(年度|年份)[:：]\s*)(20\d\d)/g;

function shiftYears(text: string): string {
	return text.replace(YEAR, (y) => String(Number(y) + YEAR_SHIFT));
}

function renameCounty(text: string, region: Region, to: string): string {
	const short = region.name.replace(/(县|市|区)$/, '');
	return text
		.split(region.name)
		.join(to)
		.split(short)
		.join(to.replace(/(县|市|区)\d*$/, ''));
}

const CJK = /[\u4e00-\u9fff]/;

/** Paragraphs joined up again from their wrapped lines, as a different page width would flow them. */
function paragraphs(text: string): string[] {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		const prev = out[out.length - 1];
		const joins =
			prev !== undefined &&
			prev.length >= 20 &&
			line.trim() !== '' &&
			!/[。：:；;！？!?]\s*$/.test(prev) &&
			!headingMarker(line.trim());
		if (joins) out[out.length - 1] = prev.trimEnd() + line.trimStart();
		else out.push(line);
	}
	return out;
}

/** Paragraphs re-flowed every ~19 characters, only between two ideographs and never before a marker. */
function rewrap(text: string): string {
	return paragraphs(text)
		.map((line) => {
			if (line.length <= 30) return line;
			const out: string[] = [];
			let last = 0;
			for (let i = 1; i < line.length - 4; i++) {
				const rest = line.slice(i);
				if (
					i - last >= 19 &&
					CJK.test(line[i]!) &&
					CJK.test(line[i - 1]!) &&
					!headingMarker(rest) &&
					!/^[一二三四五六七八九十]+是/.test(rest)
				) {
					out.push(line.slice(last, i));
					last = i;
				}
			}
			out.push(line.slice(last));
			return out.join('\n');
		})
		.join('\n');
}

const FULL: Record<string, string> = { '%': '％', '.': '．', '(': '（', ')': '）', ':': '：' };

function fullWidth(text: string): string {
	return text.replace(
		/[0-9%.():]/g,
		(c) => FULL[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0)
	);
}

const STATEMENT = /^([^\d，。；：,;:、“”()（）]{2,16}?)(为|达到|达|是|共计|共)?\s*$/;

/**
 * Up to five statements that are a whole sentence (“名称为 N 单位。”) set out as two-cell
 * table rows on lines of their own, as a 自评表 would hold them.
 */
function toTable(text: string, expected: ExpectedFact[], quotes: string[]): string {
	let out = text;
	let n = 0;
	quotes.forEach((quote, i) => {
		if (n >= 5 || !quote || expected[i] === undefined) return;
		const span = findQuote(out, quote)[0];
		const m = span && NUMBER.exec(quote);
		if (!span || !m || /年|上年|去年|本年/.test(quote.slice(0, m.index))) return;
		const label = STATEMENT.exec(quote.slice(0, m.index).replace(/\s+/g, ''));
		try {
			parseFigure(quote.slice(m.index));
		} catch {
			return;
		}
		const before = out.slice(0, span.start).trimEnd();
		const after = /^\s*[。；;]?/.exec(out.slice(span.end))![0];
		const rest = out.slice(span.end + after.length);
		if (
			!label ||
			!/(^|[\n。；;])$/.test(before) ||
			(!/^\s*(\n|$)/.test(rest) && !/[。；;]/.test(after))
		)
			return;
		out = `${before}\n${label[1]}\t${quote.slice(m.index).trim()}\n${rest.replace(/^[ \t]*\n?/, '')}`;
		n++;
	});
	return out;
}

export function seedVariants(
	sources: Map<string, string>,
	records: EvaluationRecord[],
	regions: Region[],
	max: (metric: string) => number | undefined
): Variant[] {
	const out: Variant[] = [];
	let k = 0;
	for (const [file, source] of sources) {
		const own = records.filter((r) => r.source.file === file);
		if (own.length === 0) continue;
		const region = regions.find((r) => r.code === own[0]!.region_code);
		const changed = changeFigures(source, own, max);
		const county = `测试县${String(++k).padStart(4, '0')}`;
		const transform = (t: string) => shiftYears(region ? renameCounty(t, region, county) : t);
		const base = transform(changed.text);
		// Each curated quote put through the same change, to find it in the variant.
		const quotes = own
			.flatMap((r) => r.facts)
			.map((f) =>
				transform(
					f.quote.replace(
						new RegExp(NUMBER.source, 'g'),
						(t) => changed.mapping.get(t.replace(/[,，]/g, '')) ?? t
					)
				)
			);
		for (const layout of LAYOUTS) {
			const text =
				layout === 'rewrap'
					? rewrap(base)
					: layout === 'fullwidth'
						? fullWidth(base)
						: layout === 'nfkc'
							? base.normalize('NFKC')
							: toTable(base, changed.expected, quotes);
			out.push({
				name: `${file} · ${layout}`,
				text,
				expected: changed.expected,
				changed: changed.changed
			});
		}
	}
	return out;
}
