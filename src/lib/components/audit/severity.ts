/** How a severity reads: a symbol and a word, so colour is never the only carrier. */
import type { Severity } from '../../domain/audit/types.ts';
import type { Lang } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';

const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const WORD = {
	error: 'severity_error',
	warning: 'severity_warning',
	info: 'severity_info'
} as const satisfies Record<Severity, string>;

export const severityIcon = (s: Severity) => ICON[s];
export const severityWord = (s: Severity, lang: Lang) => t(WORD[s], lang);

export function isSeverity(s: string): s is Severity {
	return s in ICON;
}
