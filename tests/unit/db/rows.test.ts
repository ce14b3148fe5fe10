import { describe, expect, it } from 'vitest';
import { toRows } from '../../../src/lib/db/rows.ts';

describe("the browser engine's rows", () => {
	it('are plain values: BIGINT as number, DATE as YYYY-MM-DD, the rest as they are', () => {
		const rows = [{ n: 3n, d: Date.UTC(2024, 5, 30), s: '乐昌市', x: null, v: 1.5 }];
		const table = {
			schema: {
				fields: [
					{ name: 'n', type: { typeId: 2 } },
					{ name: 'd', type: { typeId: 8 } },
					{ name: 's', type: { typeId: 5 } },
					{ name: 'x', type: { typeId: 5 } },
					{ name: 'v', type: { typeId: 3 } }
				]
			},
			toArray: () => rows.map((r) => ({ toJSON: () => ({ ...r }) as Record<string, unknown> }))
		};
		expect(toRows(table)).toEqual([{ n: 3, d: '2024-06-30', s: '乐昌市', x: null, v: 1.5 }]);
	});
});
