/**
 * `npm run data -- --timings`: how long each phase took (wall and CPU: on a shared machine
 * CPU time is the steadier measure) and the memory held after it, on stderr, for
 * scripts/bench/ to read. Silent unless asked.
 */
export function phaseTimer(enabled: boolean): (phase: string) => void {
	let last = performance.now();
	let lastCpu = process.cpuUsage();
	return (phase) => {
		const now = performance.now();
		const cpu = process.cpuUsage(lastCpu);
		if (enabled) {
			// With node --expose-gc, heap is what is still live rather than what awaits collection.
			(globalThis as { gc?: () => void }).gc?.();
			const mb = (n: number) => Math.round(n / 2 ** 20);
			const { rss, heapUsed } = process.memoryUsage();
			console.error(
				`timing ${phase} ${Math.round(now - last)} ms cpu ${Math.round((cpu.user + cpu.system) / 1e3)} ms rss ${mb(rss)} MB heap ${mb(heapUsed)} MB`
			);
		}
		last = performance.now();
		lastCpu = process.cpuUsage();
	};
}
