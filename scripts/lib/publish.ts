/**
 * Atomic output: everything is written into a fresh sibling folder, and only when all
 * of it is there does it replace the published folder. A failed build leaves the last
 * good output exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export async function publishDir(
	out: string,
	fill: (staging: string) => Promise<void>
): Promise<void> {
	const parent = dirname(out);
	mkdirSync(parent, { recursive: true });
	const staging = join(parent, `.${basename(out)}.staging-${process.pid}`);
	const old = join(parent, `.${basename(out)}.old-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging);
	try {
		await fill(staging);
	} catch (e) {
		rmSync(staging, { recursive: true, force: true });
		throw e;
	}
	if (existsSync(out)) renameSync(out, old);
	renameSync(staging, out);
	rmSync(old, { recursive: true, force: true });
}
