/**
 * The wording of findings: figures as the report wrote them, short excerpts of their
 * quotes, and computed numbers in plain digits (these messages are data, written at
 * build time; the site's own number formatting lives in src/lib/format/).
 */
import { parseFigure } from '../numbers.ts';
import type { Basis } from '../schema.ts';
import type { LocatedFact, Message } from './types.ts';

const EXCERPT_CHARS = 40;

function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Where `figure` starts in `quote`, ignoring whitespace differences; 0 when not found. */
function figureAt(quote: string, figure: string): number {
	const pattern = [...squash(figure).replace(/\s/g, '')]
		.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s*');
	return new RegExp(pattern).exec(quote)?.index ?? 0;
}

/** A short piece of the quote around the figure, marked with … where cut. */
export function excerpt(quote: string, figure: string, max = EXCERPT_CHARS): string {
	const text = squash(quote);
	if (text.length <= max) return text;
	const at = figureAt(text, figure);
	let start = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
	// Start at a clause boundary when one is near, and never inside a number.
	const clause = text.slice(start, at).search(/[，,。；;：:、]/);
	if (clause >= 0 && clause < max / 3) start += clause + 1;
	while (
		start > 0 &&
		start < at &&
		/[\d.,]/.test(text[start - 1]!) &&
		/[\d.,]/.test(text[start]!)
	) {
		start++;
	}
	const end = Math.min(text.length, start + max);
	return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** A number in plain digits with thousands separators, at most `decimals` decimals. */
export function plain(n: number, decimals = 2): string {
	if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
	return n.toLocaleString('en-US', { maximumFractionDigits: decimals, useGrouping: true });
}

const SCALE_WORDS: Record<number, string> = { 1e4: '万', 1e8: '亿' };

/** A computed amount in the same scale as a figure: 73,132,000 元 beside 7324.60万元 → 7,313.2 万元. */
export function amountLike(f: LocatedFact, value: number): string {
	const unit = f.metric?.unit ?? '';
	let scale = 1;
	try {
		scale = parseFigure(f.fact.figure).scale;
	} catch {
		// A hand-made figure without a number: plain units.
	}
	const word = SCALE_WORDS[scale];
	return word ? `${plain(value / scale, 4)} ${word}${unit}` : `${plain(value)} ${unit}`;
}

const BASIS: Record<Basis, Message> = {
	annual: { zh: '年度数', en: 'annual' },
	cumulative: { zh: '累计数', en: 'cumulative' },
	point: { zh: '时点数', en: 'level at a point in time' }
};

export function metricName(f: LocatedFact): Message {
	return { zh: f.metric?.name_zh ?? f.fact.metric, en: f.metric?.name_en ?? f.fact.metric };
}

/** “乐昌市 2023 年一窗综合受理率（时点数）” without the region: the year, basis and subject. */
export function quantityLabel(f: LocatedFact): Message {
	const name = metricName(f);
	const basis = BASIS[f.fact.basis];
	const zhSubject = [
		f.project ? `项目“${f.project}”` : null,
		f.part ? `仅${f.part}` : null,
		basis.zh
	].filter(Boolean);
	const enSubject = [
		f.project ? `project “${f.project}”` : null,
		f.part ? `${f.part} only` : null,
		basis.en
	].filter(Boolean);
	return {
		zh: `${f.fact.year} 年${name.zh}（${zhSubject.join('，')}）`,
		en: `${name.en} for ${f.fact.year} (${enSubject.join(', ')})`
	};
}

/** “92%”（440281-2023：“…达到 92%…”） — the figure as written and where it is said. */
export function statement(f: LocatedFact, more = 0): Message {
	const quote = excerpt(f.fact.quote, f.fact.figure);
	const also = more > 0 ? { zh: `，另有 ${more} 处相同`, en: `, and ${more} more the same` } : null;
	return {
		zh: `“${f.fact.figure}”（${f.record.report_id}：“${quote}”${also?.zh ?? ''}）`,
		en: `“${f.fact.figure}” (${f.record.report_id}: “${quote}”${also?.en ?? ''})`
	};
}

/** Where the statements are: one report, or which reports. */
export function whereSaid(facts: LocatedFact[]): Message {
	const reports = [...new Set(facts.map((f) => f.record.report_id))];
	return reports.length === 1
		? { zh: `报告 ${reports[0]} 内`, en: `within report ${reports[0]}` }
		: { zh: `报告 ${reports.join('、')} 之间`, en: `across reports ${reports.join(', ')}` };
}

export function join(parts: Message[], zhSep = '；', enSep = '; '): Message {
	return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}
