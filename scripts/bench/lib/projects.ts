/**
 * 财政支出项目 reports, several to one source file as in the 新丰 seed: each project's
 * budget, spending and 结余 (which the audit checks add up), and a county-wide figure
 * stated again in another format, so project reports are compared with the department's.
 */
import { count, percent, wanYuan, yuan } from './figures.ts';
import type { YearTruth } from './profile.ts';
import type { Rng } from './prng.ts';
import type { County } from './regions.ts';
import type { SyntheticRecord } from './record.ts';
import { unitName } from './report.ts';
import { clause, SourceText } from './text.ts';

const PROJECTS: [slug: string, name: string][] = [
	['service-promotion', '政务服务建设推广'],
	['system-management', '政务系统管理'],
	['extranet', '电子政务外网网络管理'],
	['cloud', '政务云资源租赁'],
	['kiosk-operation', '粤智助运营维护'],
	['hotline', '12345热线运行保障']
];

export function projectReports(
	county: County,
	now: YearTruth,
	rng: Rng
): { records: SyntheticRecord[]; text: string; file: string } {
	const y = now.year;
	const file = `${county.code}-${y}-projects.txt`;
	const doc = new SourceText(rng);
	const unit = unitName(county);
	const chosen = [...PROJECTS];
	for (let i = chosen.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
	}
	// One county-wide count per file: every project report restates the same figure.
	const inspections = rng.int(1, 6);
	const records: SyntheticRecord[] = [];
	const filed = `${y + 1}-03-${String(rng.int(10, 28)).padStart(2, '0')}`;
	for (const [slug, name] of chosen.slice(0, rng.int(2, 3))) {
		const first = doc.nextLine;
		const factsBefore = doc.facts.length;
		doc.line(`财政支出项目绩效自评报告（${y} 年度）`);
		doc.line(`项目名称：${name}`);
		doc.line(`项目单位：${unit}`);
		doc.line('一、项目基本情况');
		const budgetYuan = rng.int(5, 80) * 1e4 + rng.int(0, 99) * 100;
		const spentYuan = Math.round(budgetYuan * rng.between(0.85, 1));
		const budget = wanYuan('budget_initial', y, budgetYuan);
		const spent = yuan('expenditure_final', y, spentYuan * 100, false);
		const balance = yuan('carryover', y, (budgetYuan - spentYuan) * 100, false);
		const rate = Math.round((spentYuan / budgetYuan) * 1e4) / 100;
		doc.paragraph([clause(`年初县级财政预算资金预算为 ${budget.figure}`, budget), '。']);
		doc.paragraph([
			clause(`${y} 年本项目支出 ${spent.figure}，结余 ${balance.figure}`, spent, balance),
			'，',
			clause(`项目资金支出率为 ${rate}%`, percent('budget_execution_rate', y, rate, 'annual')),
			'。'
		]);
		const tickets = count('hotline_tickets', y, now.hotlineTickets, '件', 'annual', true);
		const checks = count('security_inspections', y, inspections, '次', 'annual');
		doc.paragraph([
			'二、项目绩效情况。',
			clause(`全县 12345 热线全年受理工单 ${tickets.figure}`, { ...tickets, scope: 'department' }),
			'；',
			clause(`联合开展网络安全检查 ${checks.figure}`, { ...checks, scope: 'department' }),
			'。'
		]);
		const score = rng.pick([100, 100, 98, 96, 95]);
		const self = count('self_score', y, score, '分', 'annual');
		doc.paragraph(['三、自评结论。', clause(`自评 ${self.figure}`, self), '。']);
		doc.blank();
		records.push({
			report_id: `${county.code}-${y}-${slug}`,
			status: 'reviewed',
			region_code: county.code,
			year: y,
			kind: 'project',
			report_type: '财政支出项目',
			project_name: name,
			title: `财政支出项目绩效自评报告（${y} 年度）`,
			unit_name: unit,
			filed_on: filed,
			source: { file, lines: [first, doc.lines.length] },
			self_score: score,
			grade: null,
			facts: doc.facts.slice(factsBefore),
			scores: [],
			subtotals: []
		});
	}
	return { records, text: doc.toString(), file };
}
