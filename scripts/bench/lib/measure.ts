/**
 * Runs a command as a child process and measures it: wall time, CPU time (user + sys,
 * which a busy shared machine inflates less than wall time) and peak resident memory.
 * GNU time reports the peak of the whole child (DuckDB's native memory included); without
 * it, /proc/<pid>/status VmHWM is sampled until the child exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
	code: number | null;
	wallMs: number;
	/** user + sys; null when GNU time is missing. */
	cpuMs: number | null;
	peakRssBytes: number | null;
	stdout: string;
	stderr: string;
	/** For each of the `marks` asked for: ms from the start to the first output line matching it. */
	marks: Record<string, number>;
}

const GNU_TIME = '/usr/bin/time';

function vmHwm(pid: number): number | null {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

export function measure(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {},
	marks: Record<string, RegExp> = {}
): Promise<Measured> {
	const timed = existsSync(GNU_TIME);
	const dir = mkdtempSync(join(tmpdir(), 'bench-'));
	const report = join(dir, 'time.txt');
	const [cmd, argv] = timed
		? [GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args]]
		: [command, args];
	const started = performance.now();
	return new Promise((done, fail) => {
		const child = spawn(cmd, argv, {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		let sampled: number | null = null;
		const seen: Record<string, number> = {};
		const mark = (text: string) => {
			for (const [name, re] of Object.entries(marks))
				if (!(name in seen) && re.test(text)) seen[name] = performance.now() - started;
		};
		child.stdout.on('data', (b: Buffer) => {
			stdout += b.toString();
			mark(b.toString());
		});
		child.stderr.on('data', (b: Buffer) => {
			stderr += b.toString();
			mark(b.toString());
		});
		const timer = timed
			? null
			: setInterval(() => {
					const hwm = vmHwm(child.pid!);
					if (hwm !== null) sampled = Math.max(sampled ?? 0, hwm);
				}, 50);
		child.on('error', fail);
		child.on('close', (code) => {
			const wallMs = performance.now() - started;
			if (timer) clearInterval(timer);
			let cpuMs: number | null = null;
			let peak = sampled;
			if (timed && existsSync(report)) {
				const last = readFileSync(report, 'utf8').trim().split('\n').pop()!;
				const [user, sys, kb] = last.split(' ').map(Number);
				if ([user, sys, kb].every(Number.isFinite)) {
					cpuMs = (user! + sys!) * 1000;
					peak = kb! * 1024;
				}
			}
			rmSync(dir, { recursive: true, force: true });
			done({ code, wallMs, cpuMs, peakRssBytes: peak, stdout, stderr, marks: seen });
		});
	});
}

/** `timing <phase> <ms> ms cpu <ms> ms rss <MB> MB …` lines from `npm run data -- --timings`. */
export function phases(stderr: string): Record<string, Phase> {
	const out: Record<string, Phase> = {};
	for (const m of stderr.matchAll(/^timing (\S+) (\d+) ms cpu (\d+) ms rss (\d+) MB/gm))
		out[m[1]!] = { ms: Number(m[2]), cpuMs: Number(m[3]), rssMB: Number(m[4]) };
	return out;
}

export interface Phase {
	ms: number;
	cpuMs: number;
	rssMB: number;
}
