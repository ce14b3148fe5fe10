/**
 * A live view walked through changes: each step taken, then waited on until the page shows
 * its view, with who answered it (data-answer) and what a reader sees of it.
 */
import type { Page } from '@playwright/test';
import { LIVE } from './watch.ts';

export type Step = (page: Page) => Promise<unknown>;

/** What a reader sees of the view, charts aside (their text is the tables' text). */
export const seen = (page: Page, root: string) =>
	page.getByTestId(root).evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		for (const chart of copy.querySelectorAll('.chart')) chart.remove();
		return {
			text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
			links: [...copy.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.title}`)
		};
	});

/** Takes each step, waits until the page shows its view, and records who answered and what. */
export async function walk(page: Page, root: string, steps: Step[]) {
	const views: { search: string; by: string; shown: Awaited<ReturnType<typeof seen>> }[] = [];
	for (const step of steps) {
		const before = await page.evaluate(() => location.search);
		await step(page);
		await page.waitForFunction(
			([old, id]) => {
				const el = document.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
				return (
					location.search !== old &&
					el.dataset.view === location.search &&
					el.dataset.status === 'ready'
				);
			},
			[before, root] as const,
			{ timeout: LIVE }
		);
		const el = page.getByTestId(root);
		views.push({
			search: await page.evaluate(() => location.search),
			by: (await el.getAttribute('data-answer'))!,
			shown: await seen(page, root)
		});
	}
	return views;
}
