/**
 * A static file handler that looks every request up on disk, so a site rebuilt under a
 * running server is served as it now is: a new hashed file is found, a changed page is
 * sent whole. Each response comes from one open file descriptor, and its length, ETag and
 * Range are taken from that descriptor, so a file replaced mid-request still sends the
 * bytes its headers announce (a build writes new files; the old inode stays readable).
 * Precompressed `.br`/`.gz` siblings are preferred when the browser accepts them; a path
 * without extension is its `.html` page or folder `index.html`, as adapter-static writes.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.pdf': 'application/pdf',
	'.zip': 'application/zip',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

const ENCODINGS = [
	{ suffix: '.br', name: 'br', accepts: /\bbr\b/ },
	{ suffix: '.gz', name: 'gzip', accepts: /\bgzip\b/ }
] as const;

interface Found {
	file: FileHandle;
	/** The file as named (without .br/.gz): what its type is. */
	name: string;
	size: number;
	mtimeMs: number;
	encoding: string | null;
}

/** The files a URL path may be, in the order tried. */
function candidates(pathname: string): string[] {
	const bare = pathname.replace(/\/+$/, '');
	return bare ? [bare, `${bare}.html`, `${bare}/index.html`] : ['/index.html'];
}

async function openFile(path: string): Promise<Omit<Found, 'name' | 'encoding'> | null> {
	let file: FileHandle;
	try {
		file = await open(path, 'r');
	} catch {
		return null;
	}
	const stats = await file.stat();
	if (!stats.isFile()) {
		await file.close();
		return null;
	}
	return { file, size: stats.size, mtimeMs: stats.mtimeMs };
}

async function find(root: string, pathname: string, accept: string): Promise<Found | null> {
	const encodings = ENCODINGS.filter((e) => e.accepts.test(accept));
	for (const name of candidates(pathname)) {
		const abs = normalize(join(root, name));
		if (!abs.startsWith(root + sep)) return null;
		for (const e of [...encodings, null]) {
			const found = await openFile(e ? abs + e.suffix : abs);
			if (found) return { ...found, name, encoding: e?.name ?? null };
		}
	}
	return null;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` over a file of `size` bytes; null when unsatisfiable. */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return null;
	const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
	const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	return start <= end && start < size ? { start, end } : null;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, notFound: () => void) => void;

export function staticFiles(dir: string, cacheControl: (pathname: string) => string): Handler {
	const root = resolve(dir);
	return (req, res, notFound) => {
		void (async () => {
			let pathname: string;
			try {
				pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			} catch {
				return notFound();
			}
			// A range is of the file itself: never of its compressed sibling.
			const accept = req.headers.range ? '' : String(req.headers['accept-encoding'] ?? '');
			const found = await find(root, pathname, accept);
			if (!found) return notFound();
			const { file, name, size, mtimeMs, encoding } = found;
			const etag = `W/"${size}-${Math.trunc(mtimeMs)}${encoding ? `-${encoding}` : ''}"`;
			res.setHeader('Content-Type', TYPES[extname(name)] ?? 'application/octet-stream');
			res.setHeader('Cache-Control', cacheControl(pathname));
			res.setHeader('ETag', etag);
			res.setHeader('Last-Modified', new Date(mtimeMs).toUTCString());
			res.setHeader('Vary', 'Accept-Encoding');
			res.setHeader('Accept-Ranges', 'bytes');
			if (encoding) res.setHeader('Content-Encoding', encoding);
			if (req.headers['if-none-match'] === etag) {
				await file.close();
				res.writeHead(304).end();
				return;
			}
			let range = { start: 0, end: size - 1 };
			if (req.headers.range) {
				const asked = byteRange(req.headers.range, size);
				if (!asked) {
					await file.close();
					res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
					return;
				}
				range = asked;
				res.statusCode = 206;
				res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
			}
			res.setHeader('Content-Length', Math.max(0, range.end - range.start + 1));
			if (req.method === 'HEAD' || size === 0) {
				await file.close();
				res.end();
				return;
			}
			file
				.createReadStream({ start: range.start, end: range.end, autoClose: true })
				.on('error', () => res.destroy())
				.pipe(res);
		})().catch(() => {
			if (!res.headersSent) res.writeHead(500).end();
			else res.destroy();
		});
	};
}
