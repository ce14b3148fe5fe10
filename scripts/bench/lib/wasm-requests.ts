/**
 * Every request for an engine bundle (.wasm) a page makes, its workers included (DuckDB
 * fetches its wasm from its own worker, which the page's DevTools session does not see),
 * and whether the browser's cache answered it: Chrome DevTools Protocol, auto-attached to
 * the page's workers. Used by the site benchmark and the e2e test of a repeat visit.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface WasmRequest {
	url: string;
	method: string;
	/** Answered by the disk or memory cache: nothing reached the server. */
	cached: boolean;
	/** Bytes received over the network (0 from the cache). */
	bytes: number;
}

interface NetworkEvent {
	method?: string;
	params?: {
		requestId: string;
		request?: { url: string; method: string };
		response?: { fromDiskCache?: boolean };
		encodedDataLength?: number;
	};
}

export async function watchWasm(page: Page): Promise<{ take: () => WasmRequest[] }> {
	const cdp: CDPSession = await page.context().newCDPSession(page);
	const seen = new Map<string, WasmRequest>();
	const on = (scope: string, e: NetworkEvent) => {
		const key = `${scope}:${e.params?.requestId}`;
		const p = e.params;
		if (!p) return;
		if (e.method === 'Network.requestWillBeSent' && p.request) {
			if (new URL(p.request.url).pathname.endsWith('.wasm'))
				seen.set(key, { url: p.request.url, method: p.request.method, cached: false, bytes: 0 });
			return;
		}
		const r = seen.get(key);
		if (!r) return;
		if (e.method === 'Network.requestServedFromCache') r.cached = true;
		if (e.method === 'Network.responseReceived' && p.response?.fromDiskCache) r.cached = true;
		if (e.method === 'Network.loadingFinished' && !r.cached) r.bytes = p.encodedDataLength ?? 0;
	};
	for (const method of [
		'Network.requestWillBeSent',
		'Network.requestServedFromCache',
		'Network.responseReceived',
		'Network.loadingFinished'
	] as const)
		cdp.on(method, (params) => on('page', { method, params } as NetworkEvent));
	// Workers: attached unflattened, their messages arrive wrapped on this session.
	cdp.on('Target.attachedToTarget', ({ sessionId }) => {
		const send = (id: number, method: string) =>
			cdp
				.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
				.catch(() => {});
		void send(1, 'Network.enable');
		void send(2, 'Runtime.runIfWaitingForDebugger');
	});
	cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) =>
		on(sessionId, JSON.parse(message) as NetworkEvent)
	);
	await cdp.send('Network.enable');
	await cdp.send('Target.setAutoAttach', {
		autoAttach: true,
		waitForDebuggerOnStart: false,
		flatten: false
	});
	return {
		take: () => {
			const all = [...seen.values()];
			seen.clear();
			return all;
		}
	};
}
