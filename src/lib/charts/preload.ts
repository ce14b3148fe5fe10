/**
 * Loads the live chart code before it is needed. A dashboard redraws its charts on every
 * change from the tables its engine holds, so it keeps working when the server becomes
 * unreachable; the chart code must not be the one thing left to fetch.
 */
export function preloadCharts(): void {
	void import('./echarts.ts').catch(() => {});
}
