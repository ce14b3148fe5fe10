/**
 * Changes run one at a time, each after the last has settled (saved or refused), so each
 * starts from the version the last one returned. A failure is the caller's; the next
 * change still runs.
 */
export function inTurns(): <T>(act: () => Promise<T>) => Promise<T> {
	let last: Promise<unknown> = Promise.resolve();
	return (act) => {
		const next = last.then(act);
		last = next.catch(() => undefined);
		return next;
	};
}
