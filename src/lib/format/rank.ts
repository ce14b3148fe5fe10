import type { Lang } from './locale.ts';

/** A rank as text, so colour never carries it alone: 第1/3, 并列第2/3 · #1 of 3, #2 of 3 (tied). */
export function formatRank(
	r: { rank: number | null; of: number; tie: boolean },
	lang: Lang = 'zh'
): string {
	if (r.rank === null) return '';
	if (lang === 'zh') return `${r.tie ? '并列' : ''}第${r.rank}/${r.of}`;
	return `#${r.rank} of ${r.of}${r.tie ? ' (tied)' : ''}`;
}
