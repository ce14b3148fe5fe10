/**
 * The adapter wrapper that finishes an incremental build (src/lib/server/incremental.ts): once
 * the adapter has written the site, the pages kept from the last build get their data files
 * back, and every page written is recorded for the next build.
 *
 * Plain JavaScript because svelte.config.js imports it.
 */
import { finishRecords, lastOut, recordsDir } from '../../src/lib/server/page-records.js';

/**
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} dir the directory it writes
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function incremental(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const version = builder.config.kit.version.name;
			const { rendered, kept } = finishRecords(
				recordsDir(lastOut()),
				dir,
				version,
				builder.prerendered.pages
			);
			builder.log(`Rendered ${rendered} pages and kept ${kept} from the last build`);
		}
	};
}
