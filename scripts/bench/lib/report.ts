/**
 * One synthetic 部门整体支出 report: its source text and its record. The report states
 * its own year's budget and spending, restates the previous year's (so the audit has
 * cross-report work), breaks spending into parts that add up, scores itself with the
 * indicator table, and states service figures with the qualifiers and bases reports use.
 * A few reports carry a deliberate contradiction (see `Flaws`).
 */
import { change, count, percent, wanYuan, wanYuanAtMost, yuan } from './figures.ts';
import type { YearTruth } from './profile.ts';
import type { Rng } from './prng.ts';
import type { County } from './regions.ts';
import { writeScoreTable } from './scores.ts';
import { writeServices } from './services.ts';
import { clause, SourceText } from './text.ts';
import type { SyntheticRecord } from './record.ts';

/** Deliberate contradictions, each of which the audit must find. */
export interface Flaws {
	/** The previous year's budget restated with another value than that report gave. */
	restatedBudget: boolean;
	/** 一窗综合受理率 stated twice with two values. */
	twoRates: boolean;
	/** An indicator scored above its maximum. */
	overMax: boolean;
	/** A stated total that is not the indicators' sum. */
	wrongTotal: boolean;
	/** A 绩效目标覆盖率 that does not follow from the project counts. */
	wrongCoverage: boolean;
	/** A running total (数据目录) below the previous year's. */
	shrinkingTotal: boolean;
}

const REASONS = {
	up: ['人员经费增加', '项目支出增加', '绩效奖纳入工资福利支出'],
	down: ['压减一般性支出', '部分项目已完成建设', '运维经费减少']
};

export function unitName(county: County): string {
	return `${county.name}政务服务数据管理局`;
}

function filedOn(rng: Rng, year: number): string {
	return `${year + 1}-0${rng.int(2, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export function overallReport(
	county: County,
	now: YearTruth,
	before: YearTruth | undefined,
	rng: Rng,
	flaws: Flaws
): { record: SyntheticRecord; text: string } {
	const y = now.year;
	const doc = new SourceText(rng);
	const unit = unitName(county);
	const filed = filedOn(rng, y);
	doc.blank();
	doc.line(`${y}年度部门整体支出绩效自评报告`);
	doc.line(`部门名称：${unit}`);
	doc.line(`填报日期：${filed.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`);
	doc.line('一、部门的基本情况');
	doc.line('（一）部门整体概况');
	const posts = count('staff_authorized', y, now.staffAuthorized, '名', 'point');
	const staff = count('staff_actual', y, now.staffActual, '人', 'point');
	doc.paragraph([
		`${unit}负责统筹推进全县“数字政府”改革建设和政务服务体系建设。`,
		clause(`${unit}核定编制 ${posts.figure}`, posts),
		'，',
		clause(`现有在编人员 ${staff.figure}`, staff),
		'。'
	]);

	doc.line('（二）部门整体收支情况');
	const lastBudget = before
		? before.budgetInitial + (flaws.restatedBudget ? rng.int(1, 50) * 1000 : 0)
		: Math.round(now.budgetInitial / rng.between(0.95, 1.1));
	const b0 = yuan('budget_initial', y, now.budgetInitial * 100);
	const b1 = yuan('budget_initial', y - 1, lastBudget * 100);
	const bChange = change('budget_initial_change', y, now.budgetInitial, lastBudget);
	doc.paragraph([
		clause(`${y} 年年初预算为 ${b0.figure}，${y - 1} 年年初预算为 ${b1.figure}`, b0, b1),
		...(bChange
			? [
					'，',
					clause(`与上年度相比，年初预算${bChange.figure}`, bChange),
					`，主要原因是${rng.pick(bChange.value > 0 ? REASONS.up : REASONS.down)}`
				]
			: []),
		'。'
	]);
	const lastSpendFen =
		before?.expenditureFen ?? Math.round(now.expenditureFen / rng.between(0.95, 1.1));
	const e0 = yuan('expenditure_final', y, now.expenditureFen);
	const e1 = yuan('expenditure_final', y - 1, lastSpendFen);
	const eChange = change('expenditure_final_change', y, now.expenditureFen, lastSpendFen);
	const adjusted = yuan('budget_adjusted', y, now.budgetAdjustedFen, rng.chance(0.5));
	doc.paragraph([
		clause(`全年调整后预算 ${adjusted.figure}`, adjusted),
		'；',
		clause(`${y} 年年终支出决算 ${e0.figure}，上年支出决算为 ${e1.figure}`, e0, e1),
		...(eChange ? ['，', clause(`与上年度相比，支出决算${eChange.figure}`, eChange)] : []),
		'。'
	]);
	const basicFen = now.personnelFen + now.publicFundsFen;
	const basic = yuan('basic_expenditure', y, basicFen);
	const project = yuan('project_expenditure', y, now.projectSpendFen);
	const personnel = yuan('personnel_expenditure', y, now.personnelFen);
	const publicFunds = yuan('public_funds_final', y, now.publicFundsFen);
	doc.paragraph([
		clause(`本年支出中基本支出 ${basic.figure}，项目支出 ${project.figure}`, basic, project),
		'；',
		clause(
			`基本支出中人员经费 ${personnel.figure}，公用经费 ${publicFunds.figure}`,
			personnel,
			publicFunds
		),
		'。'
	]);

	doc.line('二、绩效自评结论');
	const conclusion = doc.lines.length;
	doc.blank();
	doc.line('三、绩效自评情况');
	const table = writeScoreTable(doc, rng, (group) => facts(group), flaws.overMax);
	// 2–3 points: a total 1 point low still reads as truncated (audit/precision.ts).
	const total = flaws.wrongTotal ? Math.max(60, table.total - rng.pick([2, 3])) : table.total;

	function facts(group: string): void {
		if (group === '目标设置') {
			const { projectsTotal: all, projectsWithTargets: set } = now;
			const rate = Math.round((set / all) * 1e4) / 100;
			const said = flaws.wrongCoverage ? (set < all ? 100 : 90) : rate;
			const [total, withTargets] = [
				count('projects_total', y, all, '个', 'annual'),
				count('projects_with_targets', y, set, '个', 'annual')
			];
			const coverage = percent('perf_target_coverage', y, said, 'annual');
			doc.paragraph([
				clause(`${y}年我局共实施${total.figure}项目`, total),
				'，',
				clause(
					`其中设置了绩效目标的项目${withTargets.figure}，绩效目标覆盖率为${coverage.figure}`,
					withTargets,
					coverage
				),
				'。'
			]);
		} else if (group === '资金管理') {
			const rate = Math.round((now.expenditureFen / now.budgetAdjustedFen) * 1e4) / 100;
			const carryFen = Math.max(0, now.budgetAdjustedFen - now.expenditureFen);
			const carry = yuan('carryover', y, carryFen);
			const carryRate = Math.round((carryFen / now.budgetAdjustedFen) * 1e4) / 100;
			doc.paragraph([
				clause(
					`全年预算资金支出率为 ${rate}%`,
					percent('budget_execution_rate', y, rate, 'annual')
				),
				'，',
				clause(
					`年末结转结余 ${carry.figure}，结余率为 ${carryRate}%`,
					carry,
					percent('carryover_rate', y, carryRate, 'annual')
				),
				'。'
			]);
		} else if (group === '经济性') {
			const pb = wanYuan('public_funds_budget', y, now.publicFundsBudget);
			const pf = wanYuan('public_funds_final', y, now.publicFundsFen / 100);
			const tb = wanYuan('three_public_budget', y, now.threePublicBudget, 1);
			const tf = rng.chance(0.3)
				? wanYuanAtMost('three_public_final', y, now.threePublicFinal, rng.chance(0.5))
				: wanYuan('three_public_final', y, now.threePublicFinal);
			doc.paragraph([
				clause(`${y} 年我局公用经费预算数为 ${pb.figure}，决算数为 ${pf.figure}`, pb, pf),
				'；',
				clause(
					`“三公”经费预算数为 ${tb.figure}，实际支出${tf.qualifier === 'le' ? '控制在' : ''} ${tf.figure}`,
					tb,
					tf
				),
				'。'
			]);
			if (rng.chance(0.4)) {
				const again = wanYuan('budget_initial', y, now.budgetInitial, rng.pick([0, 2]));
				doc.paragraph([
					clause(`我局年度部门年初预算资金 ${again.figure}`, again),
					'，未进行大的调整。'
				]);
			}
		} else if (group === '效果性') {
			writeServices(doc, rng, now, before, {
				twoRates: flaws.twoRates,
				shrinkingTotal: flaws.shrinkingTotal
			});
		}
	}

	const self = count('self_score', y, total, '分', 'annual');
	const ending = [clause(`${y} 年整体支出绩效自评结果为 ${self.figure}`, self)];
	const external = rng.chance(0.3)
		? count('external_score', y, rng.int(85, 99), '分', 'annual')
		: null;
	const conclusionDoc = new SourceText(rng);
	conclusionDoc.paragraph([
		...ending,
		...(external === null
			? []
			: [
					'，',
					clause(
						`在${y}年${county.cityName}各县（市、区）“数字政府”落实情况绩效考核中得分${external.figure}`,
						external
					)
				]),
		'。'
	]);
	doc.lines.splice(conclusion, 0, ...conclusionDoc.lines);
	doc.facts.push(...conclusionDoc.facts);
	doc.line('四、存在的问题及改进措施');
	doc.paragraph(['部分指标设置不够细化，下一步将加强绩效目标管理。']);

	const grade = total >= 90 ? '优' : total >= 80 ? '良' : '中';
	const record: SyntheticRecord = {
		report_id: `${county.code}-${y}`,
		status: 'reviewed',
		region_code: county.code,
		year: y,
		kind: 'overall',
		report_type: '部门整体支出',
		project_name: null,
		title: `${y}年度部门整体支出绩效自评报告`,
		unit_name: unit,
		filed_on: filed,
		source: { file: `${county.code}-${y}.txt`, lines: [1, doc.lines.length] },
		self_score: total,
		grade,
		facts: doc.facts,
		scores: table.scores,
		subtotals: table.subtotals
	};
	return { record, text: doc.toString() };
}
