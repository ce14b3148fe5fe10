/**
 * The caching rule of the site's own server, and the one to give any static host:
 * SvelteKit names every file under `_app/immutable/` by its content hash, so a browser
 * may keep it for a year without asking again; everything else (pages, data files,
 * manifest) keeps its name across builds and must be revalidated (ETag) on each visit.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControl(pathname: string): string {
	return pathname.startsWith('/_app/immutable/') ? IMMUTABLE : REVALIDATE;
}
