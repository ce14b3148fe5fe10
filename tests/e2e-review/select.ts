/** Selects a passage of the review screen's source text with the mouse, as a person would. */
import { expect, type Page } from '@playwright/test';

export async function selectInSource(page: Page, passage: string): Promise<void> {
	const box = await page.getByTestId('source').evaluate((el, passage) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		const nodes: { node: Text; at: number }[] = [];
		let all = '';
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			nodes.push({ node: n as Text, at: all.length });
			all += n.textContent ?? '';
		}
		const start = all.indexOf(passage);
		if (start < 0) return null;
		const charRect = (offset: number) => {
			const hit = nodes.findLast((x) => x.at <= offset)!;
			const range = document.createRange();
			range.setStart(hit.node, offset - hit.at);
			range.setEnd(hit.node, offset - hit.at + 1);
			return range;
		};
		charRect(start).startContainer.parentElement!.scrollIntoView({ block: 'center' });
		const first = charRect(start).getBoundingClientRect();
		const last = charRect(start + passage.length - 1).getBoundingClientRect();
		return {
			x1: first.left + 1,
			y1: first.top + first.height / 2,
			x2: last.right - 1,
			y2: last.top + last.height / 2
		};
	}, passage);
	if (!box) throw new Error(`“${passage}” is not in the source text`);
	await page.mouse.move(box.x1, box.y1);
	await page.mouse.down();
	await page.mouse.move(box.x2, box.y2, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(passage);
}
