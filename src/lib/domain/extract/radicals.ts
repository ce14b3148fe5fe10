/**
 * PDF text layers often map CJK glyphs to radical code points instead of the characters
 * (支 as ⽀ U+2F40, 页 as ⻚ U+2EDA): fonts such as Noto CJK carry those mappings. Kangxi
 * radicals have compatibility decompositions (NFKC); the radicals supplement does not,
 * so its characters that stand for whole ideographs are listed here. A glyph a font
 * shares between two code points comes back as either: Chromium's PDFs of the seeds
 * give ⼾ (KANGXI RADICAL DOOR, NFKC 戶) for 户 in 用户 and 万户, the unit.
 */
const SUPPLEMENT: Record<string, string> = {
	'\u2e9f': '母',
	'\u2ea0': '民',
	'\u2ea7': '牛',
	'\u2eae': '竹',
	'\u2eb7': '羊',
	'\u2ebc': '月',
	'\u2ec4': '西',
	'\u2ec5': '见',
	'\u2ec6': '角',
	'\u2ec9': '贝',
	'\u2eca': '足',
	'\u2ecb': '车',
	'\u2ed1': '長',
	'\u2ed3': '长',
	'\u2ed4': '门',
	'\u2ed7': '雨',
	'\u2ed8': '青',
	'\u2ed9': '韦',
	'\u2eda': '页',
	'\u2edb': '风',
	'\u2edc': '飞',
	'\u2edd': '食',
	'\u2ede': '食',
	'\u2ee1': '首',
	'\u2ee2': '马',
	'\u2ee3': '骨',
	'\u2ee4': '鬼',
	'\u2ee5': '鱼',
	'\u2ee6': '鸟',
	'\u2ee7': '卤',
	'\u2ee8': '麦',
	'\u2ee9': '黄',
	'\u2eea': '黾',
	'\u2eec': '齐',
	'\u2eee': '齿',
	'\u2ef0': '龙',
	'\u2ef3': '龟'
};

const SHARED_GLYPHS: Record<string, string> = { 戶: '户' };

/** One character with radical forms replaced by the ideograph they stand for. */
export function unradical(ch: string): string {
	const code = ch.codePointAt(0)!;
	let out = ch;
	if (code >= 0x2f00 && code <= 0x2fdf) out = ch.normalize('NFKC');
	else if (code >= 0x2e80 && code <= 0x2eff) out = SUPPLEMENT[ch] ?? ch;
	return SHARED_GLYPHS[out] ?? out;
}

export function unradicalText(text: string): string {
	return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf戶]/g, unradical);
}
