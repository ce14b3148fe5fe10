/** Give up when loading makes no progress for this long, instead of hanging. */
export const STALL_MS = 30_000;

/**
 * Rejects with `message` when `work` has not settled and `kick` was not called for `ms`:
 * slow work that keeps saying it progresses is waited for, silent work is not.
 */
export function watchdog<T>(
	work: (kick: () => void) => Promise<T>,
	ms: number,
	message: string
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const expire = () => reject(new Error(message));
		let timer = setTimeout(expire, ms);
		const kick = () => {
			clearTimeout(timer);
			timer = setTimeout(expire, ms);
		};
		work(kick)
			.then(resolve, reject)
			.finally(() => clearTimeout(timer));
	});
}
