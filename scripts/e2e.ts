/**
 * npm run test:e2e — builds the data and the site, finds (or installs) Chromium, and
 * runs Playwright against the built site. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
	const r = spawnSync(cmd, args, { stdio: 'inherit', env });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

let chromiumPath: string;
try {
	chromiumPath = findChromium();
} catch (e) {
	console.error(`✗ ${(e as Error).message}`);
	process.exit(1);
}
if (!process.env.E2E_SKIP_BUILD) run('npm', ['run', 'build', '--silent']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	...process.env,
	CHROMIUM_PATH: chromiumPath
});
