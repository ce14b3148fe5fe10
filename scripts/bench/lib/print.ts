/** The bench's printed tables and their units. */

export const mb = (n: number | null) =>
	n === null ? '?' : (n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 1);
export const s1 = (ms: number | null) => (ms === null ? '?' : (ms / 1e3).toFixed(1));
export const kb = (n: number | null | undefined) => (n == null ? '' : (n / 1024).toFixed(1));
export function table(head: string[], rows: (string | number)[][]): void {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	for (const [n, r] of cells.entries()) {
		console.log(
			r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
		);
		if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	}
	console.log('');
}
