import { describe, expect, test } from 'vitest';
import {
	derivedInterval,
	overlaps,
	percentChange,
	statedInterval,
	stepOf
} from '../../../../src/lib/domain/audit/precision.ts';
import { catalogue, fact } from './fixtures.ts';

const rate = catalogue.metrics.find((m) => m.id === 'one_window_rate')!;
const stated = (metric: string, figure: string) => {
	const f = fact(metric, figure);
	return statedInterval(
		f,
		stepOf(f),
		catalogue.metrics.find((m) => m.id === metric)
	);
};

describe('the precision a figure is written to', () => {
	test('one unit of the last digit, in the unit the value is stored in', () => {
		expect(stepOf(fact('budget_initial', '371 万元'))).toBe(10000);
		expect(stepOf(fact('budget_initial', '349.2 万元'))).toBe(1000);
		expect(stepOf(fact('budget_initial', '3,710,164 元'))).toBe(1);
		expect(stepOf(fact('budget_initial', '3,010,664.91 元'))).toBeCloseTo(0.01, 12);
		expect(stepOf(fact('budget_initial_change', '增长 6.24%'))).toBeCloseTo(0.01, 12);
		expect(stepOf(fact('budget_initial_change', '降低 0.36%'))).toBeCloseTo(0.01, 12);
	});

	test('a figure without a readable number falls back to the value’s decimals', () => {
		expect(stepOf({ figure: '全部', value: 12.5 })).toBeCloseTo(0.1, 12);
		expect(stepOf({ figure: '全部', value: 12 })).toBe(1);
	});
});

describe('stated intervals', () => {
	test('eq covers half a unit either side', () => {
		expect(stated('budget_initial', '371 万元')).toEqual({ lo: 3705000, hi: 3715000 });
		expect(stated('budget_execution_rate', '100%')).toEqual({ lo: 99.5, hi: 100.5 });
	});

	test('a figure at the metric’s maximum claims “all” and is exact', () => {
		expect(stated('one_window_rate', '100%')).toEqual({ lo: 100, hi: 100 });
		const i = stated('one_window_rate', '99.6%');
		expect(i.lo).toBeCloseTo(99.55, 9);
		expect(i.hi).toBeCloseTo(99.65, 9);
	});

	test('qualifiers: ge is open above, le below, approx within 5% or one unit', () => {
		expect(stated('yst_entities', '超 2.5 万户')).toEqual({ lo: 24500, hi: Infinity });
		expect(stated('budget_execution_rate', '不超过 5%')).toEqual({ lo: -Infinity, hi: 5.5 });
		expect(stated('hotline_satisfaction_rate', '约85%')).toEqual({ lo: 80.75, hi: 89.25 });
		expect(stated('budget_execution_rate', '约 3%')).toEqual({ lo: 2, hi: 4 });
	});
});

describe('derived figures may be rounded or truncated', () => {
	const derived = (figure: string) => {
		const f = fact('budget_initial_change', figure);
		return derivedInterval(f, stepOf(f));
	};

	test('a positive rate covers [v − ½ unit, v + 1 unit)', () => {
		const i = derived('增长 6.24%');
		expect(i.lo).toBeCloseTo(6.235, 9);
		expect(i.hi).toBeCloseTo(6.25, 6);
		expect(overlaps(i, { lo: 6.2499, hi: 6.2499 })).toBe(true);
		expect(overlaps(i, { lo: 6.25, hi: 6.25 })).toBe(false);
	});

	test('a negative rate covers (v − 1 unit, v + ½ unit]', () => {
		const i = derived('降低 0.36%');
		expect(i.lo).toBeCloseTo(-0.37, 6);
		expect(i.hi).toBeCloseTo(-0.355, 9);
		expect(overlaps(i, { lo: -0.37, hi: -0.37 })).toBe(false);
	});

	test('zero covers one unit either side, open; at the maximum it stays exact', () => {
		const zero = derived('0%');
		expect(zero.lo).toBeCloseTo(-1, 5);
		expect(zero.hi).toBeCloseTo(1, 5);
		expect(overlaps(zero, { lo: 1, hi: 1 })).toBe(false);
		const full = fact('one_window_rate', '100%');
		expect(derivedInterval(full, stepOf(full), rate)).toEqual({ lo: 100, hi: 100 });
	});
});

describe('interval arithmetic', () => {
	test('overlap tolerates floating-point noise only', () => {
		expect(overlaps({ lo: 1, hi: 2 }, { lo: 2, hi: 3 })).toBe(true);
		expect(overlaps({ lo: 1, hi: 2 }, { lo: 2 + 1e-12, hi: 3 })).toBe(true);
		expect(overlaps({ lo: 1, hi: 2 }, { lo: 2.001, hi: 3 })).toBe(false);
	});

	test('a % change is bounded by the extremes of both figures', () => {
		const c = percentChange({ lo: 110, hi: 110 }, { lo: 100, hi: 100 })!;
		expect(c.lo).toBeCloseTo(10, 9);
		expect(c.hi).toBeCloseTo(10, 9);
		expect(percentChange({ lo: 1, hi: 2 }, { lo: 0, hi: 1 })).toBeNull();
	});
});
