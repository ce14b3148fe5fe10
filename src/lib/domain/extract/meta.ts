/**
 * What a report says about itself: title, kind, evaluation year, project name, unit,
 * filing date and grade, and whether it is a self-evaluation report at all. Reads the
 * clean text of one report; the region is found in region.ts.
 */
import type { Kind } from '../schema.ts';
import { plain } from './label.ts';

export interface ReportMeta {
	title: string | null;
	kind: Kind;
	reportType: string;
	year: number | null;
	projectName: string | null;
	unitName: string | null;
	filedOn: string | null;
	grade: string | null;
}

const TITLE =
	/^(?:附件\d*[:：]?)?(.{0,60}?(?:自评报告|自评表|整体支出绩效评价报告))(?:及评分表)?(?:\(([^()]*)\))?$/;

/** The title line: a short line ending in 自评报告 or 自评表 (table rules and spaces ignored). */
export function findTitle(lines: string[]): string | null {
	for (const line of lines.slice(0, 30)) {
		const m = TITLE.exec(plain(line).replace(/\|/g, ''));
		if (m) return m[1]!.replace(/^[#*]+/, '');
	}
	return null;
}

function reportTypeOf(title: string | null, text: string, kind: Kind): string {
	if (title) {
		const core = title
			.replace(/^.*?\(?20\d\d年度?\)?/, '')
			.replace(/^.*(局|中心|办)(?=.*(部门|项目|单位|整体))/, '')
			.replace(/自评报告$/, '');
		const cut = core.length >= 6 ? core.replace(/绩效$/, '') : core;
		if (cut) return cut;
	}
	if (kind === 'project') return '财政支出项目';
	return /部门整体支出/.test(text) ? '部门整体支出' : '整体支出';
}

function yearOf(text: string, title: string | null, filedOn: string | null): number | null {
	const votes = new Map<number, number>();
	const vote = (y: number, w: number) => votes.set(y, (votes.get(y) ?? 0) + w);
	const strong: [RegExp, number][] = [
		[/评价年度:?(20\d\d)/g, 10],
		[/^\(?(20\d\d)年度\)?\|*$/gm, 8],
		[/(20\d\d)年度?[^。,，]{0,12}(整体支出|部门整体|项目)?绩效自评(结果|分数|得分)/g, 6],
		[/(20\d\d)年度?(我局|我单位|本单位|本局|我中心)/g, 1]
	];
	const t = title?.match(/(20\d\d)年/);
	if (t) vote(Number(t[1]), 10);
	for (const [re, w] of strong) for (const m of text.matchAll(re)) vote(Number(m[1]), w);
	for (const m of text.replace(/《[^》]*》/g, '').matchAll(/(20\d\d)年/g)) vote(Number(m[1]), 0.2);
	if (filedOn) vote(Number(filedOn.slice(0, 4)) - 1, 2);
	let best: [number, number] | null = null;
	for (const [y, w] of votes)
		if (!best || w > best[1] || (w === best[1] && y > best[0])) best = [y, w];
	return best?.[0] ?? null;
}

function filedOnOf(text: string): string | null {
	const m = /(填报|报送|编制|报告)日期:?(20\d\d)[年.\-/](\d{1,2})[月.\-/](\d{1,2})/.exec(text);
	if (!m) return null;
	const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

const UNIT_FIELD =
	/(部门名称|单位名称|评价单位|预算单位|项目单位|填报单位|主管部门):?([^:|]{2,30}?)(?=单位负责人|填报人|联系电话|预算部门|\(|$|\|)/m;
const AGENCIES = [
	'政务服务数据管理局',
	'政务服务和数据管理局',
	'数据管理局',
	'数据局',
	'政务服务管理局',
	'行政服务中心',
	'政务服务中心'
];

function unitNameOf(lines: string[], text: string, regionName: string | null): string | null {
	for (const line of lines.slice(0, 40)) {
		const m = UNIT_FIELD.exec(plain(line));
		if (m && /[局委办院所中心部]/.test(m[2]!) && !/公章|盖章|签字/.test(m[2]!)) return m[2]!;
	}
	if (!regionName) return null;
	for (const agency of AGENCIES) {
		if (text.includes(regionName + agency)) return regionName + agency;
		if (text.includes(agency)) return regionName + agency;
	}
	return null;
}

/** Without a title line, what the opening says the report is about (项目资金绩效自评报告…). */
function opening(text: string): string {
	const m = /[^。]{0,30}(自评报告|自评表|自评情况报告)/.exec(plain(text.slice(0, 400)));
	return m ? m[0] : '';
}

export function readMeta(lines: string[], text: string, regionName: string | null): ReportMeta {
	const title = findTitle(lines);
	const project = /项目名称[:|]?([^|\n]{2,40})(\||$)/m.exec(lines.map(plain).join('\n'));
	const kind: Kind =
		project || (/项目|专项/.test(title ?? opening(text)) && !/整体/.test(title ?? opening(text)))
			? 'project'
			: 'overall';
	const filedOn = filedOnOf(text);
	const grade = /评价等级(为|是|:)?(优秀|优|良好|良|中等|中|合格|及格|不合格|差)/.exec(plain(text));
	return {
		title,
		kind,
		reportType: reportTypeOf(title, text, kind),
		year: yearOf(lines.map(plain).join('\n'), title, filedOn),
		projectName: kind === 'project' && project ? project[1]!.trim() : null,
		unitName: unitNameOf(lines, text, regionName),
		filedOn,
		grade: grade ? grade[2]! : null
	};
}
