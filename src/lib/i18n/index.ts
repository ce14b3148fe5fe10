export { LANG_TAG, lang, OTHER_LANG, restoreLang, setLang } from './lang.svelte.ts';
export { t, type MessageKey } from './messages.ts';
export { translator, withParams, type Messages } from './translate.ts';
