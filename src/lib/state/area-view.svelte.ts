/**
 * The dashboards whose view is an area and a year (/matrix, /coverage): the prerendered
 * default until mounted, then the view in the URL, each answered live — the precomputed
 * rows first, the engine once it holds the area's tables (warm.ts). The engine starts on
 * mount with the tables these questions read, over the view's area only.
 */
import { onMount, untrack } from 'svelte';
import { runnerFor, startEarly } from '../db/client.ts';
import type { Runner } from '../db/sql.ts';
import { FACT_TABLES } from '../queries/facts.ts';
import type { CountyRow } from '../queries/regions.ts';
import { LiveView } from './live.svelte.ts';
import { matrixSearch, readMatrix, type MatrixView } from './matrix.ts';
import { areaCodes, countiesIn, provincesIn } from './provinces.ts';
import { warmAnswer } from './warm.ts';

export interface AreaYearPage<M> {
	counties: CountyRow[];
	years: number[];
	/** The prerendered view: its area and its answer. */
	place: string;
	model: M & { year: number };
}

/** The page's question for a year over some counties, from either source. */
export interface AreaYearAnswers<M> {
	precomputed: (year: number, counties: CountyRow[]) => Promise<M>;
	engine: (run: Runner, year: number, counties: CountyRow[]) => Promise<M>;
}

/** Call during the page's initialisation; `params` is the page URL's query. */
export function areaYearView<M>(
	data: () => AreaYearPage<M>,
	params: () => URLSearchParams,
	answers: AreaYearAnswers<M>
) {
	const live = new LiveView<M>(untrack(() => data().model));
	let mounted = $state(false);
	const places = $derived(areaCodes(data().counties));
	/** An area's province: the only data it needs. */
	const provincesFor = (place: string) =>
		provincesIn(countiesIn(data().counties, place)).map((p) => p.code);
	// searchParams may only be read in the browser: prerendering has no query string.
	const view = $derived<MatrixView>(
		mounted
			? readMatrix(params(), data().years, places)
			: { year: data().model.year, place: data().place }
	);

	onMount(() => {
		mounted = true;
		startEarly(provincesFor(view.place), FACT_TABLES);
	});

	$effect(() => {
		const { year, place } = view;
		const key = matrixSearch({ year, place }, data().years, places);
		const counties = countiesIn(data().counties, place);
		live.ask(key, (note) =>
			key === ''
				? data().model
				: warmAnswer({
						provinces: provincesFor(place),
						tables: FACT_TABLES,
						precomputed: () => answers.precomputed(year, counties),
						engine: () => answers.engine(runnerFor(provincesFor(place)), year, counties),
						note
					})
		);
	});

	return {
		live,
		get mounted() {
			return mounted;
		},
		get view() {
			return view;
		},
		/** The URL query of another view. */
		search: (next: MatrixView) => matrixSearch(next, data().years, places)
	};
}
