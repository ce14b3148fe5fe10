/**
 * `npm run data -- --timings`: how long each phase took and the memory held after it,
 * on stderr, for scripts/bench/ to read. Silent unless asked.
 */
export function phaseTimer(enabled: boolean): (phase: string) => void {
	let last = performance.now();
	return (phase) => {
		const now = performance.now();
		if (enabled) {
			// With node --expose-gc, heap is what is still live rather than what awaits collection.
			(globalThis as { gc?: () => void }).gc?.();
			const mb = (n: number) => Math.round(n / 2 ** 20);
			const { rss, heapUsed } = process.memoryUsage();
			console.error(
				`timing ${phase} ${Math.round(now - last)} ms rss ${mb(rss)} MB heap ${mb(heapUsed)} MB`
			);
		}
		last = now;
	};
}
