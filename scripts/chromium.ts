/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download if one is present. When none is
 * found and this is a Debian machine where we are root, installs Debian's chromium and
 * a CJK font (without one, Chinese text renders as boxes in screenshots).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN = '/usr/bin/chromium';

function playwrightOwn(): string | null {
	try {
		const p = chromium.executablePath();
		return p && existsSync(p) ? p : null;
	} catch {
		return null;
	}
}

function hasCjkFont(): boolean {
	try {
		return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
	} catch {
		return false;
	}
}

function aptInstall(packages: string[]): boolean {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
	console.log(`installing Debian packages: ${packages.join(' ')} …`);
	try {
		execSync('apt-get update -qq', { stdio: 'inherit' });
		execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
			stdio: 'inherit'
		});
		return true;
	} catch {
		return false;
	}
}

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	const missing: string[] = [];
	if (!existsSync(DEBIAN) && !playwrightOwn()) missing.push('chromium');
	if (!hasCjkFont()) missing.push('fonts-noto-cjk');
	if (missing.length) aptInstall(missing);
	if (existsSync(DEBIAN)) return DEBIAN;
	const own = playwrightOwn();
	if (own) return own;
	throw new Error(
		'no Chromium found for the end-to-end tests. Install one: `sudo apt-get install chromium fonts-noto-cjk` ' +
			'(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
	);
}
