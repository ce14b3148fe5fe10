/**
 * The 部门整体 score table (预算编制 28 + 预算执行 42 + 资金使用效益 30, then 加减分),
 * laid out like the 乐昌 reports: section headings with their maximum, group headings
 * with 指标分值, one line per indicator with 自评得分. Most indicators get full marks;
 * a few lose points with a reason. Fact paragraphs are written after a group's lines.
 */
import type { Rng } from './prng.ts';
import type { SourceText } from './text.ts';

interface Group {
	group: string;
	max: number;
	/** Indicators with their maxima; absent when the group is scored as one line. */
	items?: [string, number][];
}

const TABLE: { section: string; heading: string; max: number; groups: Group[] }[] = [
	{
		section: '预算编制',
		heading: '（一）预算编制情况',
		max: 28,
		groups: [
			{
				group: '预算编制',
				max: 18,
				items: [
					['预算编制合理性', 5],
					['预算编制规范性', 5],
					['预算编制规划性', 4],
					['预算编制科学性', 4]
				]
			},
			{
				group: '目标设置',
				max: 10,
				items: [
					['绩效目标覆盖率', 2],
					['绩效目标合理性', 4],
					['绩效指标明确性', 4]
				]
			}
		]
	},
	{
		section: '预算执行',
		heading: '（二）预算执行情况',
		max: 42,
		groups: [
			{
				group: '资金管理',
				max: 22,
				items: [
					['部门预算资金支出率', 3],
					['结转结余率', 3],
					['国库集中支付结转结余存量资金效率性', 3],
					['政府采购执行率', 2],
					['财务合规性', 4],
					['资金下达合法性', 3],
					['预决算信息公开性', 4]
				]
			},
			{
				group: '项目管理',
				max: 7,
				items: [
					['项目实施程序', 2],
					['项目监管', 5]
				]
			},
			{
				group: '资产管理',
				max: 7,
				items: [
					['资产配置合规性', 2],
					['资产盘点情况', 2],
					['固定资产利用率', 3]
				]
			},
			{ group: '人员管理', max: 2 },
			{ group: '制度管理', max: 4 }
		]
	},
	{
		section: '资金使用效益',
		heading: '（三）资金使用效益',
		max: 30,
		groups: [
			{ group: '经济性', max: 6 },
			{
				group: '效率性',
				max: 9,
				items: [
					['重点工作完成率', 3],
					['绩效目标完成率', 3],
					['项目完成及时性', 3]
				]
			},
			{ group: '效果性', max: 10 },
			{ group: '公平性', max: 5 }
		]
	}
];

export const BONUS = '加减分';
const ORDINALS = '一二三四五六七八九十';

export interface ScoreRow {
	section: string;
	group: string | null;
	indicator: string;
	max_points: number | null;
	points: number;
	quote: string;
}

export interface SubtotalRow {
	section: string;
	group: string | null;
	max_points: number;
	points: number | null;
	quote: string;
}

export interface ScoreTable {
	scores: ScoreRow[];
	subtotals: SubtotalRow[];
	/** Indicator points plus 加减分, capped at 100: what the stated total should be. */
	total: number;
}

const REASONS = [
	'部分项目绩效目标不够细化',
	'个别支出进度偏慢',
	'资料归档不够及时',
	'部分指标未量化'
];

/**
 * Writes the table. `after(group)` writes the group's fact paragraphs; `overMax` scores
 * one indicator above its maximum (a deliberate finding).
 */
export function writeScoreTable(
	doc: SourceText,
	rng: Rng,
	after: (group: string) => void,
	overMax: boolean
): ScoreTable {
	const scores: ScoreRow[] = [];
	const subtotals: SubtotalRow[] = [];
	const over = overMax ? rng.int(0, 26) : -1;
	const pointsFor = (max: number) => {
		if (scores.length === over) return { p: max + 1, why: `（含加分 1 分）` };
		if (!rng.chance(0.12)) return { p: max, why: '' };
		const p = Math.max(0, max - rng.pick([0.5, 1, 1, 2]));
		return { p, why: `，扣 ${max - p} 分，原因是${rng.pick(REASONS)}` };
	};
	for (const [s, sec] of TABLE.entries()) {
		const headAt = doc.nextLine;
		const head = `${sec.heading}（${sec.max} 分）`;
		doc.line(head);
		const first = scores.length;
		for (const [g, grp] of sec.groups.entries()) {
			const title = `${g + 1}. ${grp.group}。指标分值 ${grp.max} 分。`;
			if (!grp.items) {
				const { p, why } = pointsFor(grp.max);
				const quote = doc.scoreLine(`${title}自评得分 ${p} 分${why}`);
				scores.push(row(sec.section, grp.group, grp.group, grp.max, p, quote));
			} else {
				subtotals.push({
					section: sec.section,
					group: grp.group,
					max_points: grp.max,
					points: null,
					quote: doc.scoreLine(title)
				});
				grp.items.forEach(([name, max], i) => {
					const { p, why } = pointsFor(max);
					const quote = doc.scoreLine(`（${i + 1}）${name}（${max} 分）。自评得分 ${p} 分${why}`);
					scores.push(row(sec.section, grp.group, name, max, p, quote));
				});
			}
			after(grp.group);
		}
		const got = scores.slice(first).reduce((n, x) => n + x.points, 0);
		const stated = rng.chance(0.3);
		subtotals.push({
			section: sec.section,
			group: null,
			max_points: sec.max,
			points: stated ? got : null,
			quote: stated
				? quoteAt(doc, headAt, `${head}，自评得分 ${got} 分`)
				: quoteAt(doc, headAt, head)
		});
		if (s === TABLE.length - 1) {
			const bonus = rng.pick([0, 0, 1, 1, 2]);
			const quote = doc.scoreLine(`${ORDINALS[TABLE.length]}、加减分项。自评得分 ${bonus} 分`);
			scores.push(row(BONUS, null, '加减分项', null, bonus, quote));
		}
	}
	const sum = scores.reduce((n, x) => n + x.points, 0);
	return { scores, subtotals, total: Math.min(100, sum) };
}

/** Rewrites the heading line written at `line` (1-based) and returns its quote. */
function quoteAt(doc: SourceText, line: number, text: string): string {
	doc.lines[line - 1] = text;
	return text;
}

function row(
	section: string,
	group: string | null,
	indicator: string,
	max: number | null,
	points: number,
	quote: string
): ScoreRow {
	return { section, group, indicator, max_points: max, points, quote };
}
