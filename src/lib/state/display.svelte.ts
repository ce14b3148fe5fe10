/**
 * 适老化 display modes: larger text and high contrast, remembered across visits. The
 * attributes live on <html>; app.html applies the stored choice before first paint.
 */
export type DisplayMode = 'text' | 'contrast';

const ATTR: Record<DisplayMode, string> = { text: 'data-text', contrast: 'data-contrast' };
const VALUE: Record<DisplayMode, string> = { text: 'large', contrast: 'high' };
const KEY = 'yardstick.display';

export const display = $state({ text: false, contrast: false });

function save(): void {
	try {
		localStorage.setItem(KEY, JSON.stringify(display));
	} catch {
		// Not remembered; still applied to this page.
	}
}

export function restoreDisplay(): void {
	const html = document.documentElement;
	display.text = html.getAttribute(ATTR.text) === VALUE.text;
	display.contrast = html.getAttribute(ATTR.contrast) === VALUE.contrast;
}

export function toggleDisplay(mode: DisplayMode): void {
	display[mode] = !display[mode];
	const html = document.documentElement;
	if (display[mode]) html.setAttribute(ATTR[mode], VALUE[mode]);
	else html.removeAttribute(ATTR[mode]);
	save();
}
