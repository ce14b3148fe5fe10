/**
 * Scrolls one pane to show an element, leaving the page and the other pane where they
 * are (scrollIntoView would move every scrolling ancestor).
 */
export function showIn(pane: HTMLElement, el: HTMLElement, where: 'center' | 'nearest'): void {
	const box = pane.getBoundingClientRect();
	const r = el.getBoundingClientRect();
	if (where === 'center') pane.scrollTop += r.top - box.top - pane.clientHeight / 2;
	else if (r.top < box.top) pane.scrollTop -= box.top - r.top;
	else if (r.bottom > box.bottom) pane.scrollTop += r.bottom - box.bottom;
}
