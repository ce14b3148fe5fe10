export { lang, restoreLang, setLang } from './lang.svelte.ts';
export { t, type MessageKey } from './messages.ts';
