/**
 * The built site served precompressed on loopback (scripts/serve.ts) and a headless
 * Chromium to measure it with: shared by the site benchmarks.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../chromium.ts';

export interface Site {
	base: string;
	browser: Browser;
	close: () => Promise<void>;
}

async function waitForServer(base: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${base}/`); // any answer: a site may not prerender /
			return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server on ${base} did not start`);
}

/** How the benchmarks launch Chromium (also with a profile of its own: site-repeat.ts). */
export const LAUNCH = {
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
};

/** Serves `dir` (default build/, as npm start does) on loopback and launches Chromium. */
export async function openSite(port: number, dir?: string): Promise<Site> {
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
		env: { ...process.env, PORT: String(port), ...(dir ? { SITE_DIR: dir } : {}) },
		stdio: 'ignore'
	});
	const browser = await chromium.launch(LAUNCH);
	try {
		await waitForServer(base);
	} catch (e) {
		await browser.close();
		server.kill();
		throw e;
	}
	return {
		base,
		browser,
		close: async () => {
			await browser.close();
			server.kill();
		}
	};
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return NaN;
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export interface Latency {
	count: number;
	p50: number;
	p95: number;
	max: number;
}

export function percentile(xs: readonly number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
}

export const latency = (xs: readonly number[]): Latency => ({
	count: xs.length,
	p50: Math.round(median(xs)),
	p95: Math.round(percentile(xs, 95)),
	max: Math.round(Math.max(...xs))
});
