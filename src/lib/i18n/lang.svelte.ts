/**
 * The reader's language. Pages are prerendered in Chinese; a stored choice of English is
 * applied after hydration (so the HTML and the first client render agree) and persists.
 */
import type { Lang } from '../format/index.ts';

const KEY = 'yardstick.lang';

export const lang = $state<{ current: Lang }>({ current: 'zh' });

/** The language tag of each language, for the `lang` attribute. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/** The language the switch offers. */
export const OTHER_LANG: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

function apply(next: Lang): void {
	lang.current = next;
	document.documentElement.lang = LANG_TAG[next];
}

export function restoreLang(): void {
	try {
		if (localStorage.getItem(KEY) === 'en') apply('en');
	} catch {
		// Storage can be disabled (private mode, policy); Chinese stays.
	}
}

export function setLang(next: Lang): void {
	apply(next);
	try {
		localStorage.setItem(KEY, next);
	} catch {
		// Not remembered, but still switched for this page.
	}
}
