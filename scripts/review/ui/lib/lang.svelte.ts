/** The workbench's language, Chinese first, remembered in this browser. */
import type { Lang } from '../../../../src/lib/format/index.ts';
import { rt, type ReviewWord } from '../../../../src/lib/i18n/review.ts';
import type { Said } from '../../shared/api.ts';

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
	document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Not remembered; still switched.
	}
}

export const w = (key: ReviewWord) => rt(key, ui.lang);
export const said = (s: Said) => s[ui.lang];
