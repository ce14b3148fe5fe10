/**
 * Reader interactions on the built site, each timed in page time from the change (a
 * select's change event, a radio's click) to the new view drawn: /compare, the county
 * profile, and the area-and-year pages (/matrix, /coverage). Asserts nothing.
 */
import type { Page } from '@playwright/test';
import { latency, type Latency } from './site.ts';

/**
 * Makes one change inside the page (a select's change event, a radio's click) and waits
 * until `root` shows the new view (its data-view is the URL's query and its status is
 * ready) and a frame has been drawn. Returns change → drawn in ms.
 */
export async function change(
	page: Page,
	root: string,
	act: { select: string; value: string } | { click: string }
): Promise<Sample & { t0: number; drawnAt: number }> {
	const before = await page.evaluate(() => location.search);
	const t0 = await page.evaluate((a) => {
		const t = performance.now();
		if ('click' in a) document.querySelector<HTMLElement>(a.click)!.click();
		else {
			const el = document.querySelector<HTMLSelectElement>(a.select)!;
			el.value = a.value;
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
		return t;
	}, act);
	const drawn = await page.waitForFunction(
		([old, sel]) => {
			const el = document.querySelector<HTMLElement>(sel)!;
			const done =
				location.search !== old &&
				el.dataset.view === location.search &&
				el.dataset.status === 'ready';
			return done ? performance.now() : false;
		},
		[before, root] as const,
		{ polling: 'raf', timeout: 120_000 }
	);
	const answerMs = Number(await page.$eval(root, (el) => (el as HTMLElement).dataset.lastMs));
	const drawnAt = (await drawn.jsonValue()) as number;
	return { drawnMs: Math.round(drawnAt - t0), answerMs, t0, drawnAt };
}

/** change → drawn, and the part of it the page spent answering (query + shaping, Live.lastMs). */
export interface Sample {
	drawnMs: number;
	answerMs: number;
}

export interface Interactions {
	/** Change → new view drawn: what the reader waits for. */
	drawn: Latency;
	/** Of which: fetching (first time a province is shown), querying and shaping. */
	answer: Latency;
}

export const summarise = (xs: readonly Sample[]): Interactions => ({
	drawn: latency(xs.map((x) => x.drawnMs)),
	answer: latency(xs.map((x) => x.answerMs))
});

export const options = (page: Page, select: string) =>
	page.$$eval(`${select} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));

/** n changes on /compare: metrics in the list's order, every third change a year. */
export async function compareInteractions(page: Page, base: string, n: number) {
	await page.goto(`${base}/compare`);
	await page.locator('[data-testid=compare][data-hydrated=true]').waitFor();
	const metrics = await options(page, '#metric');
	const valueOf = (sel: string) => page.$eval(sel, (s) => (s as HTMLSelectElement).value);
	const times: Sample[] = [];
	for (let i = 0; times.length < n; i++) {
		const year = await valueOf('#year');
		const metric = await valueOf('#metric');
		const years = (await options(page, '#year')).filter((y) => y !== year);
		const others = metrics.filter((m) => m !== metric);
		const act =
			i % 3 === 2 && years.length
				? { select: '#year', value: years[i % years.length]! }
				: { select: '#metric', value: others[(i * 7) % others.length]! };
		times.push(await change(page, '[data-testid=compare]', act));
	}
	return times;
}

/** n changes of the indicator year on a county's profile. */
export async function profileInteractions(page: Page, base: string, county: string, n: number) {
	await page.goto(`${base}/county/${county}`);
	await page.locator('[data-testid=indicators][data-hydrated=true]').waitFor();
	const years = await page.$$eval('input[name=score-year]', (is) =>
		is.map((i) => (i as HTMLInputElement).value)
	);
	const times: Sample[] = [];
	if (years.length < 2) return times;
	for (let i = 0; times.length < n; i++) {
		const current = await page.$eval('input[name=score-year]:checked', (x) =>
			x.getAttribute('value')
		);
		const next = years.filter((y) => y !== current)[i % (years.length - 1)]!;
		times.push(
			await change(page, '[data-testid=indicators]', {
				click: `input[name=score-year][value="${next}"]`
			})
		);
	}
	return times;
}

/**
 * n changes on an area-and-year page (/matrix, /coverage): years, and every fourth change
 * the area, among the first province and its first cities (switching city, as a city's
 * supervisor would).
 */
export async function areaInteractions(
	page: Page,
	base: string,
	name: 'matrix' | 'coverage',
	n: number
) {
	await page.goto(`${base}/${name}`);
	await page.locator(`[data-testid=${name}][data-hydrated=true]`).waitFor();
	const years = await options(page, `#${name}-year`);
	const places = (await options(page, `#${name}-place`)).slice(0, 6);
	const times: Sample[] = [];
	for (let i = 0; times.length < n; i++) {
		const sel = places.length > 1 && i % 4 === 3 ? `#${name}-place` : `#${name}-year`;
		const all = sel === `#${name}-year` ? years : places;
		const current = await page.$eval(sel, (s) => (s as HTMLSelectElement).value);
		const choices = all.filter((v) => v !== current);
		times.push(
			await change(page, `[data-testid=${name}]`, {
				select: sel,
				value: choices[i % choices.length]!
			})
		);
	}
	return times;
}
