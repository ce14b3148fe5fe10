/**
 * Plain node:http plumbing for the workbench: headers every answer carries (nothing may
 * load from another origin, nothing is cached), JSON in and out with a size cap, and the
 * built page's files served from its folder only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { say, type Said } from '../../../src/lib/i18n/review-messages.ts';
import { Refused } from './guards.ts';

const SECURITY_HEADERS = {
	'content-security-policy':
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'x-frame-options': 'DENY',
	'cache-control': 'no-store'
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, status: number, message: Said): void {
	sendJson(res, status, { error: message });
}

/** The request body, refused (413) once it passes `cap` bytes. */
export function readBody(
	req: IncomingMessage,
	cap: number,
	tooLarge: (bytes: number) => Refused
): Promise<Buffer> {
	const declared = Number(req.headers['content-length'] ?? NaN);
	if (declared > cap) {
		req.resume();
		return Promise.reject(tooLarge(declared));
	}
	return new Promise((done, fail) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let over = false;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > cap) over = true;
			if (!over) chunks.push(chunk);
		});
		req.on('end', () => (over ? fail(tooLarge(size)) : done(Buffer.concat(chunks))));
		req.on('error', fail);
	});
}

export async function readJson<T>(
	req: IncomingMessage,
	tooLarge: (bytes: number) => Refused
): Promise<T> {
	const body = await readBody(req, 10 * 1024 * 1024, tooLarge);
	try {
		return JSON.parse(body.toString('utf8')) as T;
	} catch {
		throw new Refused({
			status: 400,
			message: say.notJson()
		});
	}
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json; charset=utf-8'
};

/** A file of the built page; false when there is none at that path. */
export function sendStatic(res: ServerResponse, dir: string, urlPath: string): boolean {
	const rel = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
	const root = resolve(dir);
	const path = resolve(join(root, rel));
	if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return false;
	res.writeHead(200, {
		...SECURITY_HEADERS,
		'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
		// Hashed file names under assets/ never change; index.html always may.
		'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store'
	});
	res.end(readFileSync(path));
	return true;
}

export function startStream(res: ServerResponse): (event: unknown) => void {
	res.writeHead(200, {
		...SECURITY_HEADERS,
		'content-type': 'application/x-ndjson; charset=utf-8'
	});
	return (event) => res.write(JSON.stringify(event) + '\n');
}
