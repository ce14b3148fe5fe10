/** The workbench's changes run one at a time, in order, and a failed one does not stop the next. */
import { expect, test } from 'vitest';
import { inTurns } from '../../../scripts/review/ui/lib/turns.ts';

test('each change starts after the last has settled, and a failure is its own', async () => {
	const inTurn = inTurns();
	const log: string[] = [];
	let release!: () => void;
	const first = inTurn(async () => {
		log.push('first starts');
		await new Promise<void>((r) => (release = r));
		log.push('first ends');
		throw new Error('refused');
	});
	const second = inTurn(async () => {
		log.push('second starts');
		return 2;
	});
	await Promise.resolve();
	expect(log).toEqual(['first starts']);
	release();
	await expect(first).rejects.toThrow('refused');
	expect(await second).toBe(2);
	expect(log).toEqual(['first starts', 'first ends', 'second starts']);
});
