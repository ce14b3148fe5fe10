import { describe, expect, test } from 'vitest';
import {
	normalizeNumberText,
	parseFigure,
	qualifierOf,
	sameNumber
} from '../../../src/lib/domain/numbers.ts';
import type { Qualifier } from '../../../src/lib/domain/schema.ts';

describe('parseFigure: phrases from the reports', () => {
	const cases: [text: string, value: number, unit: string | null, qualifier: Qualifier][] = [
		['3,710,164 元', 3710164, '元', 'eq'],
		['7324.60万元', 73246000, '元', 'eq'],
		['1.9 万元', 19000, '元', 'eq'],
		['93 万笔', 930000, '笔', 'eq'],
		['2000 多万元', 20000000, '元', 'ge'],
		['超89.65万人', 896500, '人', 'ge'],
		['突破 40 万户', 400000, '户', 'ge'],
		['85左右%', 85, '%', 'approx'],
		['99.8%以上', 99.8, '%', 'ge'],
		// An estimate that a bound will be passed is an estimate, not a firm bound.
		['预计突破1万件', 10000, '件', 'approx'],
		['超 2.5 万余户', 25000, '户', 'ge'],
		['３，７１０，１６４元', 3710164, '元', 'eq'],
		['3, 710, 164 元', 3710164, '元', 'eq'],
		['93 万 笔', 930000, '笔', 'eq'],
		['$\\leq 100\\%$', 100, '%', 'le'],
		['增长 6.24%', 6.24, '%', 'eq'],
		['降低 0.36%', -0.36, '%', 'eq'],
		['13(含工勤)人', 13, '人', 'eq'],
		['17（含工勤）人', 17, '人', 'eq'],
		['十三名', 13, '名', 'eq'],
		['两个', 2, '个', 'eq'],
		['一百零五件', 105, '件', 'eq'],
		['不超过 5%', 5, '%', 'le'],
		['约 85%', 85, '%', 'approx'],
		['1.5 亿元', 150000000, '元', 'eq'],
		['3 个百分点', 3, '个百分点', 'eq'],
		['12.5 万人次', 125000, '人次', 'eq']
	];
	test.each(cases)('%s → %d %s (%s)', (text, value, unit, qualifier) => {
		const p = parseFigure(text);
		expect(sameNumber(p.value, value)).toBe(true);
		expect(p.value).toBeCloseTo(value, 6);
		expect(p.unit).toBe(unit);
		expect(p.qualifier).toBe(qualifier);
	});

	test('scale, direction and the decimals as written', () => {
		expect(parseFigure('7324.60万元')).toEqual({
			value: 73246000,
			unit: '元',
			scale: 10000,
			qualifier: 'eq',
			direction: null,
			decimals: 2
		});
		expect(parseFigure('增长 6.24%')).toMatchObject({ direction: 1, decimals: 2, scale: 1 });
		expect(parseFigure('降低 0.36%')).toMatchObject({ direction: -1, value: -0.36 });
		expect(parseFigure('3,710,164 元').decimals).toBe(0);
		expect(parseFigure('99.8%以上').decimals).toBe(1);
		expect(parseFigure('1.500 万元').decimals).toBe(3);
		expect(parseFigure('93 万笔').scale).toBe(10000);
		expect(parseFigure('1.5 亿元').scale).toBe(1e8);
		expect(parseFigure('5').unit).toBeNull();
	});

	test('a phrase without a number is an error', () => {
		expect(() => parseFigure('全部完成')).toThrow(/contains no number/);
		expect(() => parseFigure('')).toThrow(/contains no number/);
		expect(() => parseFigure('万元')).toThrow(/contains no number/);
	});

	test('a phrase with two numbers is an error', () => {
		expect(() => parseFigure('3 元和 4 元')).toThrow(/more than one number/);
		expect(() => parseFigure('7324.60万元，支出为7324.60万元')).toThrow(/more than one number/);
	});

	test('conflicting qualifiers are an error', () => {
		expect(() => parseFigure('超过 5% 以内')).toThrow(/conflicting qualifiers/);
	});

	test('normalizeNumberText folds width, LaTeX residue and whitespace', () => {
		expect(normalizeNumberText('３，７１０ 元')).toBe('3,710元');
		expect(normalizeNumberText('$\\geq 90\\%$')).toBe('≥90%');
		expect(normalizeNumberText('1\n2\t3')).toBe('123');
	});
});

/** Small deterministic PRNG (mulberry32) so failures reproduce. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '．' };
const toFullWidth = (s: string) =>
	s.replace(/[0-9,.]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(0xff10 + Number(c)));

function withSeparators(digits: string): string {
	const [int, frac] = digits.split('.');
	const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function withSpaces(s: string, rand: () => number): string {
	return [...s].map((c) => (rand() < 0.4 ? `${c} ` : c)).join('');
}

describe('parseFigure: formatted random numbers parse back', () => {
	const scales: [string, number][] = [
		['', 1],
		['万', 1e4],
		['亿', 1e8]
	];
	const units = ['', '元', '件', '户', '%'];
	const formats: [string, (s: string, r: () => number) => string][] = [
		['plain', (s) => s],
		['thousands separators', (s) => withSeparators(s)],
		['full-width digits', (s) => toFullWidth(withSeparators(s))],
		['spaces', (s, r) => withSpaces(withSeparators(s), r)]
	];

	for (const [scaleWord, scale] of scales) {
		for (const [format, render] of formats) {
			test(`scale “${scaleWord || 'none'}”, ${format}`, () => {
				const rand = prng(scale * 31 + format.length);
				for (let k = 0; k < 300; k++) {
					const decimals = rand() < 0.5 ? 0 : 1 + Math.floor(rand() * 3);
					const magnitude = 10 ** Math.floor(rand() * 10);
					const digits = (Math.floor(rand() * magnitude * 10) / 10 ** decimals).toFixed(decimals);
					const n = Number(digits);
					const unit = units[Math.floor(rand() * units.length)]!;
					const text = `${render(digits, rand)}${scaleWord}${unit}`;
					const parsed = parseFigure(text);
					const ctx = `${text} (n = ${digits})`;
					expect(sameNumber(parsed.value, n * scale), ctx).toBe(true);
					expect(parsed.scale, ctx).toBe(scale);
					expect(parsed.decimals, ctx).toBe(decimals);
					expect(parsed.unit, ctx).toBe(unit || null);
					expect(parsed.qualifier, ctx).toBe('eq');
				}
			});
		}
	}

	test('qualifier words around random numbers', () => {
		const rand = prng(7);
		const words: [string, string, Qualifier][] = [
			['超', '', 'ge'],
			['突破', '', 'ge'],
			['', '以上', 'ge'],
			['约', '', 'approx'],
			['', '左右', 'approx'],
			['不超过', '', 'le'],
			['', '以内', 'le']
		];
		for (let k = 0; k < 200; k++) {
			const n = Math.floor(rand() * 1e6);
			const [pre, post, q] = words[Math.floor(rand() * words.length)]!;
			const parsed = parseFigure(`${pre}${withSeparators(String(n))}${post}`);
			expect(parsed.value).toBe(n);
			expect(parsed.qualifier).toBe(q);
		}
	});
});

describe('qualifierOf', () => {
	test.each([
		['2023 年项目结余率为 0%', null],
		['进驻中介服务超市的中介机构', null],
		['全年办件量 3 万件', null],
		['实名用户超 2.5 万', 'ge'],
		['突破 40 万户', 'ge'],
		['满意度 99.8%以上', 'ge'],
		['共 2000 多万元', 'ge'],
		['不低于 90%', 'ge'],
		['办结率约 85%', 'approx'],
		['预计全年办件量达到 1 万件', 'approx'],
		['受理业务预计突破1万件', 'approx'],
		['85%左右', 'approx'],
		['偏差率不超过 5%', 'le'],
		['误差控制在 5%以内', 'le'],
		['$\\leq 100\\%$', 'le']
	] as [string, Qualifier | null][])('%s → %s', (sentence, q) => {
		expect(qualifierOf(sentence)).toBe(q);
	});
});

describe('sameNumber', () => {
	test('absorbs floating-point noise only', () => {
		expect(0.57 * 1e4).not.toBe(5700);
		expect(sameNumber(0.57 * 1e4, 5700)).toBe(true);
		expect(sameNumber(parseFigure('0.57万元').value, 5700)).toBe(true);
		expect(0.1 + 0.2).not.toBe(0.3);
		expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
		expect(sameNumber(0, 0)).toBe(true);
		expect(sameNumber(73246000, 73246001)).toBe(false);
		expect(sameNumber(6.24, 6.25)).toBe(false);
		expect(sameNumber(0, 1e-6)).toBe(false);
		expect(sameNumber(-0.36, 0.36)).toBe(false);
	});
});
