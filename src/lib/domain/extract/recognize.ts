/**
 * Is a document a performance self-evaluation (绩效自评报告 / 自评表) at all? A report
 * says so in its title or opening, whatever the issuing body, the province, the spacing
 * or the line breaks inside the title (“整体支出 绩效自评报告”), and whether or not the
 * published excerpt carries a score table or a budget section. A document whose title
 * calls it something else — a work summary, a news item, a notice, a plan, rules, a
 * budget or final-accounts disclosure — is refused with that reason, even when its body
 * mentions 自评 in passing. A document with no title falls back to what its body holds.
 */

/** How far into the cleaned text (spaces and line breaks gone) a title or opening reaches. */
const OPENING = 400;
const OPENING_WIDE = 1200;

/** A document calling itself a self-evaluation. */
const SELF_TITLE =
	/(自评报告|自评表|自评情况报告|自评结果报告|绩效评价自评|绩效自评|绩效自我评价|自评价报告)/;
/** An evaluation report about one's own spending, which says further on that it is a 自评. */
const EVAL_TITLE =
	/(整体支出|项目支出|部门整体|单位整体|专项资金|项目资金|专项经费)[^。]{0,12}绩效评价报告/;
const SELF_WORDS = /(自评|自我评价|自查自评)/;

/** Titles of documents that are not self-evaluations, with the reason given. */
const OTHER_KINDS: [RegExp, string][] = [
	[/(工作总结|年度总结|半年总结|述职报告|工作报告|工作情况汇报)/, 'a work summary (工作总结)'],
	[/(上半年|前三季度|年以来)[^。]{0,30}(工作|亮点|成效)/, 'a work summary (工作总结)'],
	[
		/(部门决算|单位决算|决算公开|决算报告|预算公开|部门预算(?!项目)|单位预算(?!项目))/,
		'a budget or final-accounts disclosure (预决算公开)'
	],
	[/(工作计划|工作要点|实施方案|工作方案|规划(纲要)?$|行动计划)/, 'a plan (计划/方案)'],
	[
		/(管理办法|实施细则|暂行办法|办法\(试行\)|管理制度|操作指引|指标体系)/,
		'rules or guidance (办法/细则)'
	],
	[/(的通知|通知$|公告$|通告$|的函$)/, 'a notice (通知/公告)']
];
const NEWS =
	/^\d{1,2}月\d{1,2}日[,，]|记者|本报讯|讯\(|据悉|日电|新华社|通讯员|来源:.{0,12}(日报|新闻|网)/;
/** How a work summary opens when its title is not in the text. */
const SUMMARY_OPENING = /(正确领导下|工作总结|工作亮点|主要工作(情况|成效)|年以来)/;

/** The cleaned text as a title or an opening reads: without spaces, marks or markup. */
const squeeze = (s: string) => s.replace(/[\s“”"'‘’「」『』《》〈〉|#*]/g, '');

/** A title line says what the document is by how it ends: …自评报告 is one, …的通知 is not. */
const SELF_ENDING =
	/(自评报告|自评表|评分表|自评情况报告|自评结果报告|绩效评价报告|自评报告书)(\(.{0,12}\))?$/;
const TITLE_LINE = 60;
const TITLE_LINES = 6;

/** The short lines a document opens with (page furniture, the title, perhaps split over lines). */
function titleLines(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.split('\n')) {
		const line = squeeze(raw);
		if (!line) continue;
		if (line.length > TITLE_LINE || /[。；]$/.test(line) || out.length >= TITLE_LINES) break;
		out.push(line);
	}
	return out;
}

/** Null when `text` is a self-evaluation report or table; else why it is not one. */
export function notAReport(text: string): string | null {
	const head = squeeze(text.slice(0, OPENING_WIDE));
	const lines = titleLines(text);
	// A title split over lines (…部门整体支出 / 绩效自评报告) is read joined as well.
	const titles = [...lines, ...lines.slice(1).map((l, i) => lines[i] + l)];
	if (titles.some((t) => SELF_ENDING.test(t))) return null;
	for (const t of lines) for (const [re, why] of OTHER_KINDS) if (re.test(t)) return refusal(why);
	if (NEWS.test(head.slice(0, 300))) return refusal('a news item');
	const opening = head.slice(0, OPENING);
	if (SELF_TITLE.test(opening)) return null;
	if (EVAL_TITLE.test(opening) && SELF_WORDS.test(head)) return null;
	if (bodyIsReport(text)) return null;
	if (SUMMARY_OPENING.test(head.slice(0, 300))) return refusal('a work summary (工作总结)');
	return refusal('not a performance self-evaluation report');
}

function refusal(kind: string): string {
	return `${kind}: neither its title nor its opening calls it a self-evaluation (绩效自评报告 / 自评表), and its body holds no self-evaluation result with budget or target sections`;
}

/** A report published without its title (the 乐昌 2022 text starts at its first section). */
function bodyIsReport(text: string): boolean {
	const selfEval = /自评报告|绩效自评|自评(结果|得分|分数|结论|总分)|自评\d+分/.test(text);
	const signals = [
		/自评报告/,
		/自评(结果|得分|分数|结论|总分)|自评\d+分/,
		/年初预算|预算执行|支出决算|资金支出|预算资金/,
		/绩效目标|绩效指标|评价指标/,
		/填报(日期|人)|评价年度|项目名称/
	].filter((re) => re.test(text)).length;
	return selfEval && signals >= 2;
}
