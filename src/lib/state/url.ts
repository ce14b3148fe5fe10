/**
 * View state ↔ URL query, writing only what differs from the defaults: shared links stay
 * short, and a link keeps working when a default changes. Values are validated on the way
 * in (unknown metric ids, bad years) by the page's own `valid` check.
 */
export type Field = string | number | string[];
export type ViewState = Record<string, Field>;

function same(a: Field, b: Field): boolean {
	return Array.isArray(a) && Array.isArray(b) ? a.join(',') === b.join(',') : a === b;
}

export function readState<T extends ViewState>(
	params: URLSearchParams,
	defaults: T,
	valid: (key: keyof T, value: Field) => boolean = () => true
): T {
	const out: ViewState = { ...defaults };
	for (const [key, def] of Object.entries(defaults)) {
		const raw = params.get(key);
		if (raw === null) continue;
		let value: Field;
		if (Array.isArray(def)) value = raw.split(',').filter(Boolean);
		else if (typeof def === 'number') value = Number(raw);
		else value = raw;
		if (typeof value === 'number' && !Number.isFinite(value)) continue;
		if (valid(key as keyof T, value)) out[key] = value;
	}
	return out as T;
}

export function writeState<T extends ViewState>(state: T, defaults: T): string {
	const params = new URLSearchParams();
	for (const [key, def] of Object.entries(defaults)) {
		const value = state[key]!;
		if (same(value, def)) continue;
		params.set(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	const s = params.toString();
	return s ? `?${s}` : '';
}
