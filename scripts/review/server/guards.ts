/**
 * What every request must pass before the workbench acts on it. Pure, so each rule is
 * tested on its own. The server listens on loopback only; these also refuse a browser
 * that reaches it under another name (DNS rebinding: evil.example resolving to
 * 127.0.0.1) and a page of another origin posting to it (cross-site writes).
 */
import { say, type Said } from '../../../src/lib/i18n/review-messages.ts';

export interface Refusal {
	status: number;
	message: Said;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** The Host header must name this server exactly: 127.0.0.1:<port> or localhost:<port>. */
export function checkHost(host: string | undefined, port: number): Refusal | null {
	const ok =
		host !== undefined && LOOPBACK_NAMES.some((n) => host.toLowerCase() === `${n}:${port}`);
	return ok ? null : { status: 421, message: say.hostRefused(host ?? '') };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * A write (anything but GET/HEAD) must come from the workbench's own page: its Origin is
 * http://127.0.0.1:<port> or http://localhost:<port>. Browsers send Origin on every
 * cross-origin request and on same-origin POST/PUT/DELETE, so a missing Origin is
 * accepted only when Sec-Fetch-Site says same-origin; a request with neither is refused.
 */
export function checkOrigin(
	method: string,
	origin: string | undefined,
	fetchSite: string | undefined,
	port: number
): Refusal | null {
	if (SAFE_METHODS.has(method.toUpperCase())) return null;
	if (origin === undefined || origin === '') {
		return fetchSite === 'same-origin' ? null : { status: 403, message: say.originRefused('?') };
	}
	const ok = LOOPBACK_NAMES.some((n) => origin.toLowerCase() === `http://${n}:${port}`);
	return ok ? null : { status: 403, message: say.originRefused(origin) };
}

/**
 * An uploaded file's name, to be used under data/sources/: one plain name. Anything with
 * a path part (/ or \), a leading dot (. and ..), a drive letter or a control character is refused
 * rather than cleaned, so what is stored is what the curator sees.
 */
export function checkFileName(name: string | undefined): Refusal | null {
	if (name === undefined || name.trim() === '') return { status: 400, message: say.nameMissing() };
	const bad =
		/[/\\]/.test(name) ||
		name.startsWith('.') ||
		/^[a-z]:/i.test(name) ||
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u001f\u007f]/.test(name) ||
		name.length > 200;
	return bad ? { status: 400, message: say.nameWithPath(name) } : null;
}

/** The declared or counted size of an upload against the cap. */
export function checkSize(name: string, bytes: number, cap: number): Refusal | null {
	return bytes > cap ? { status: 413, message: say.tooLarge(name, bytes, cap) } : null;
}

/** A save must be based on the version the server holds; otherwise someone saved in between. */
export function checkVersion(current: number, sent: unknown): Refusal | null {
	if (typeof sent !== 'number' || !Number.isInteger(sent)) {
		return { status: 400, message: say.badRequest('version missing') };
	}
	return sent === current ? null : { status: 409, message: say.stale(current, sent) };
}

/** A refusal thrown from deep inside a handler; the server answers with it as it stands. */
export class Refused extends Error {
	constructor(readonly refusal: Refusal) {
		super(refusal.message.en);
	}
}
