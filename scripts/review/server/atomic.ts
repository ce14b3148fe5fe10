/**
 * Several files written (or removed) as one change: every new file is written in full
 * beside its target first, then each replaces its target by rename (atomic on one file
 * system), keeping the old bytes until the caller finishes. Any failure on the way puts
 * every target back as it was, so data/ never holds half a change: a record without its
 * source, or a region entry without its record.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Change {
	path: string;
	/** The new content; null removes the file. */
	bytes: Uint8Array | string | null;
}

/** The file operations used, replaceable so tests can make one fail. */
export interface FileOps {
	writeFileSync(path: string, data: Uint8Array | string): void;
	renameSync(from: string, to: string): void;
	copyFileSync(from: string, to: string): void;
	rmSync(path: string, opts: { force: boolean }): void;
	existsSync(path: string): boolean;
	mkdirSync(path: string, opts: { recursive: boolean }): unknown;
}

export interface Transaction {
	/** Puts every target back as it was before `applyChanges`. */
	undo(): void;
	/** Forgets the old bytes: the change stands. */
	finish(): void;
}

interface Step {
	target: string;
	tmp: string | null;
	/** A copy of the target's old bytes, or null when it did not exist. */
	old: string | null;
	applied: boolean;
}

const sibling = (path: string, kind: string) =>
	join(
		dirname(path),
		`.${basename(path)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`
	);

export function applyChanges(changes: Change[], fs: FileOps = nodeFs): Transaction {
	const steps: Step[] = [];
	const cleanup = () => {
		for (const s of steps) {
			if (s.tmp) fs.rmSync(s.tmp, { force: true });
			if (s.old) fs.rmSync(s.old, { force: true });
		}
	};
	const restore = () => {
		for (const s of [...steps].reverse()) {
			if (!s.applied) continue;
			if (s.old) {
				fs.renameSync(s.old, s.target);
				s.old = null;
			} else fs.rmSync(s.target, { force: true });
			s.applied = false;
		}
		cleanup();
	};
	try {
		for (const c of changes) {
			fs.mkdirSync(dirname(c.path), { recursive: true });
			const step: Step = { target: c.path, tmp: null, old: null, applied: false };
			steps.push(step);
			if (fs.existsSync(c.path)) {
				step.old = sibling(c.path, 'old');
				fs.copyFileSync(c.path, step.old);
			}
			if (c.bytes !== null) {
				step.tmp = sibling(c.path, 'tmp');
				fs.writeFileSync(step.tmp, c.bytes);
			}
		}
		for (const s of steps) {
			if (s.tmp) {
				fs.renameSync(s.tmp, s.target);
				s.tmp = null;
			} else fs.rmSync(s.target, { force: true });
			s.applied = true;
		}
	} catch (e) {
		restore();
		throw e;
	}
	return { undo: restore, finish: cleanup };
}
