/**
 * The first changes do not wait for the engine: with the DuckDB-WASM file held back, a
 * change of metric, year or counties on /compare (and of year or area on /matrix) is drawn
 * from the precomputed answers; then, the engine let through, the same changes are
 * answered by the engine, and the page shows exactly the same text: figures, ranks,
 * notes, quote links, counts in the metric list.
 */
import { expect, test, type Page } from '@playwright/test';
import { walk, type Step } from './views.ts';
import { LIVE, watch } from './watch.ts';

test.describe.configure({ timeout: 180_000 });

/**
 * The steps taken twice on `path`: first with the wasm held back (precomputed answers,
 * engine not started), then on a fresh load with the engine ready (engine answers).
 */
async function sameEitherWay(
	page: Page,
	origin: string,
	path: string,
	root: string,
	steps: Step[]
) {
	const watched = watch(page, origin);
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	let wasmAsked = 0;
	await page.route('**/*.wasm', async (route) => {
		wasmAsked++;
		await held;
		// A request held over the reload below is gone with its page.
		await route.continue().catch(() => {});
	});
	await page.goto(path);
	await expect(page.getByTestId(root)).toHaveAttribute('data-hydrated', 'true');
	const early = await walk(page, root, steps);
	// The engine was asked for, early, and is held back: these answers did not wait for it.
	expect(wasmAsked).toBeGreaterThan(0);
	await expect(page.getByTestId(root)).not.toHaveAttribute('data-engine-ready-ms', /./);
	expect(early.map((v) => v.by)).toEqual(steps.map(() => 'precomputed'));

	release();
	await page.unroute('**/*.wasm');
	await page.goto(path);
	await expect(page.getByTestId(root)).toHaveAttribute('data-engine-ready-ms', /^\d+$/, {
		timeout: LIVE
	});
	// Every table the view needs is in the engine once this page's tables are ready.
	await page.waitForFunction(
		(id) => document.querySelector<HTMLElement>(`[data-testid=${id}]`)?.dataset.tablesReadyMs,
		root,
		{ timeout: LIVE }
	);
	const late = await walk(page, root, steps);
	expect(late.map((v) => v.by)).toEqual(steps.map(() => 'engine'));
	for (const [i, view] of early.entries()) {
		expect(late[i]!.search).toBe(view.search);
		expect(late[i]!.shown, view.search).toEqual(view.shown);
	}
	expect(watched.foreign).toEqual([]);
	expect(watched.errors).toEqual([]);
}

test('/compare: another metric, year or set of counties is drawn before the engine, the same as the engine draws it', async ({
	page,
	baseURL
}) => {
	await sameEitherWay(page, new URL(baseURL!).origin, '/compare', 'compare', [
		(p) => p.selectOption('#metric', 'yss_users'),
		(p) => p.selectOption('#metric', 'self_score'),
		(p) => p.selectOption('#metric', 'expenditure_final'),
		(p) => p.selectOption('#year', '2022'),
		(p) => p.locator('input[name=county][value="440883"]').uncheck(),
		// Stated by one county only, and twice with two values (92% and 90%): behind the toggle.
		async (p) => {
			await p.locator('label.every input').check();
			await p.selectOption('#metric', 'one_window_rate');
		}
	]);
});

test('/matrix: another year or area is drawn before the engine, the same as the engine draws it', async ({
	page,
	baseURL
}) => {
	await sameEitherWay(page, new URL(baseURL!).origin, '/matrix', 'matrix', [
		(p) => p.selectOption('#matrix-year', '2022'),
		(p) => p.selectOption('#matrix-place', '440200'),
		(p) => p.selectOption('#matrix-year', '2021')
	]);
});
