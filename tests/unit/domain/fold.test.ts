/**
 * fold() has a fast path for ASCII and CJK ideographs and folds every other character
 * once; it must give exactly what folding each code point with NFKC did.
 */
import { describe, expect, test } from 'vitest';
import { fold, foldText } from '../../../src/lib/domain/quotes.ts';

const PUNCTUATION: Record<string, string> = {
	'“': '"',
	'”': '"',
	'„': '"',
	'‘': "'",
	'’': "'",
	'。': '.',
	'、': ',',
	'—': '-',
	'–': '-',
	'−': '-'
};

/** The definition: every code point, NFKC, then the punctuation table; whitespace dropped. */
function reference(original: string) {
	let text = '';
	const offsets: number[] = [];
	const ends: number[] = [];
	let i = 0;
	for (const ch of original) {
		if (!/\s/u.test(ch)) {
			const n = ch.normalize('NFKC');
			const f = PUNCTUATION[n] ?? n;
			text += f;
			for (let k = 0; k < f.length; k++) {
				offsets.push(i);
				ends.push(i + ch.length);
			}
		}
		i += ch.length;
	}
	return { text, offsets, ends };
}

const SAMPLES = [
	'2023 年年初预算为 3,710,164 元，2022 年年初预算为 3,491,995 元。',
	'“粤智助”自助机累计办理业务超34.5万笔\n服务群众 约 12 万人次',
	'（1）预算编制合理性（5 分）。\u3000自评得分 5 分；面积 ㎡ ① ｱ ＡＢＣ１２３',
	'𠀀𠀁 astral, lone \ud800 high, lone \udc00 low, tail \ud83d',
	'\t\r\n\u00a0\u2003\ufeff mixed — – − „ ‘’ 、'
];

describe('fold', () => {
	test.each(SAMPLES)('matches the per-code-point definition: %s', (s) => {
		expect(fold(s)).toEqual(reference(s));
		expect(foldText(s)).toBe(reference(s).text);
	});

	test('matches it on every character of the Basic Multilingual Plane', () => {
		let all = '';
		for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
		expect(fold(all)).toEqual(reference(all));
	});
});
