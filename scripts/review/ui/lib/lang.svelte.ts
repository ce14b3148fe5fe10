/** The workbench's language, Chinese first, remembered in this browser. */
import type { Lang } from '../../../../src/lib/format/index.ts';
import { LANG_TAG, OTHER_LANG } from '../../../../src/lib/i18n/lang.svelte.ts';
import { rt, type ReviewWord } from '../../../../src/lib/i18n/review.ts';
import type { Said } from '../../shared/api.ts';

export { LANG_TAG, OTHER_LANG };

const KEY = 'yardstick.review.lang';

function stored(): Lang {
	try {
		return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
	} catch {
		return 'zh';
	}
}

export const ui = $state<{ lang: Lang }>({ lang: stored() });

export function setLang(lang: Lang): void {
	ui.lang = lang;
	document.documentElement.lang = LANG_TAG[lang];
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Not remembered; still switched.
	}
}

export const w = (key: ReviewWord) => rt(key, ui.lang);
export const said = (s: Said) => s[ui.lang];
