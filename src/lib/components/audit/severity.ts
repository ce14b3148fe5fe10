/** How a severity reads: a symbol and a word, so colour is never the only carrier. */
import type { Severity } from '../../domain/audit/types.ts';
import type { Lang } from '../../format/index.ts';

export const SEVERITY_TEXT: Record<Severity, { icon: string; zh: string; en: string }> = {
	error: { icon: '✖', zh: '错误', en: 'Error' },
	warning: { icon: '▲', zh: '警告', en: 'Warning' },
	info: { icon: 'ℹ', zh: '提示', en: 'Info' }
};

export const severityText = (s: Severity, lang: Lang) => SEVERITY_TEXT[s][lang];

export function isSeverity(s: string): s is Severity {
	return s in SEVERITY_TEXT;
}
