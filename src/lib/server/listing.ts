/**
 * The pages that list every report (/about) or every source file (/data) list them while
 * there are at most MAX_LISTED; at nation scale the lists made those pages 15 and 21 MB of
 * HTML. Past it a page says how many there are and where each one is listed: every county's
 * page lists its reports, and the downloads (reports.csv, datapackage.json) hold them all.
 */
export const MAX_LISTED = 500;

/** Every item while there are at most MAX_LISTED, else none; and how many there are. */
export function listing<T>(all: readonly T[]): { listed: T[]; total: number } {
	return { listed: all.length <= MAX_LISTED ? [...all] : [], total: all.length };
}
