/**
 * The service figures of a report (效果性): rates, 粤智助 kiosks, 粤系列 platforms, data
 * sharing, the hotline and the website, with the qualifiers reports use (突破/超/约/左右/
 * 以上/余) and 累计 marking running totals.
 */
import { count, overWan, percent, wanCount, type WanStyle } from './figures.ts';
import type { YearTruth } from './profile.ts';
import type { Rng } from './prng.ts';
import { clause, type Clause, type Figure, type SourceText } from './text.ts';

/** 万 styles for counts of 2 万 and more; plain digits below. */
function volume(
	metric: string,
	year: number,
	n: number,
	unit: string,
	basis: Figure['basis'],
	style: WanStyle,
	decimals = 0
): Figure {
	return n >= 2e4
		? wanCount(metric, year, n, unit, basis, style, decimals)
		: count(metric, year, n, unit, basis, true);
}

export function writeServices(
	doc: SourceText,
	rng: Rng,
	now: YearTruth,
	before: YearTruth | undefined,
	flaws: { twoRates: boolean; shrinkingTotal: boolean }
): void {
	const y = now.year;
	const oneWindow = percent('one_window_rate', y, now.oneWindowRate, 'point');
	const online = percent('full_online_rate', y, now.fullOnlineRate, 'point');
	const review = percent('review_coverage', y, now.reviewCoverage, 'point', 'ge');
	const cloud = percent('cloud_rate', y, now.cloudRate, 'point');
	const supervision = percent('supervision_coverage', y, now.supervisionCoverage, 'point');
	doc.paragraph([
		'一是深化“一网通办”。',
		clause(
			`全县依申请政务服务事项“一窗”综合受理率、全流程网办率分别达到 ${oneWindow.figure}、${online.figure}`,
			oneWindow,
			online
		),
		'，',
		clause(`办事评价覆盖度达到 ${review.figure}`, review),
		'；',
		clause(`政务信息系统上云率达 ${cloud.figure}`, cloud),
		'，',
		clause(`监管事项覆盖率达 ${supervision.figure}`, supervision),
		'。'
	]);

	const kiosks = count('yzz_kiosks', y, now.kiosks, '台', 'point');
	const annual = volume('yzz_transactions', y, now.kioskTransactions, '笔', 'annual', 'at-least');
	const people = volume(
		'yzz_people_served',
		y,
		now.kioskPeople,
		'人次',
		'annual',
		rng.pick(['about', 'about-after'] as const)
	);
	const total = volume(
		'yzz_transactions',
		y,
		now.kioskTransactionsTotal,
		'笔',
		'cumulative',
		'exact',
		1
	);
	doc.paragraph([
		'二是推进“自助办”。',
		clause(`目前已完成全县 ${kiosks.figure}“粤智助”自助机投放工作`, kiosks),
		'，',
		clause(`全年业务办理量${annual.figure}，服务群众${people.figure}`, annual, people),
		'；',
		clause(`“粤智助”自助机累计办理业务 ${total.figure}`, total),
		'。'
	]);

	const parts: (Clause | string)[] = ['三是推广“粤系列”平台。'];
	const yss = overWan('yss_users', y, now.yssUsers, '人', 'cumulative');
	parts.push(clause(`全县“粤省事”累计实名注册用户${yss.figure}`, yss), '，');
	const yst =
		now.ystEntities >= 1e4
			? overWan('yst_entities', y, now.ystEntities, '户', 'point')
			: count('yst_entities', y, now.ystEntities, '户', 'point', true);
	parts.push(clause(`“粤商通”注册市场主体${yst.figure}`, yst), '，');
	const yzy = count('yzy_accounts', y, now.yzyAccounts, '个', 'point', true);
	parts.push(clause(`开通“粤政易”账号 ${yzy.figure}`, yzy), '。');
	doc.paragraph(parts);

	const catalogs =
		flaws.shrinkingTotal && before ? before.dataCatalogs - rng.int(5, 40) : now.dataCatalogs;
	const dc = count('data_catalogs', y, catalogs, '个', 'cumulative');
	const od = count('open_data_items', y, now.openDataItems, '个', 'point');
	doc.paragraph([
		'四是强化数据资源“一网共享”。',
		clause(`截至目前，“一网共享”平台累计挂接数据目录 ${dc.figure}`, dc),
		'，',
		clause(`开放广东挂接数据 ${od.figure}`, od),
		'。'
	]);

	const tickets = volume('hotline_tickets', y, now.hotlineTickets, '件', 'annual', 'more-than', 1);
	const articles = count('web_articles', y, now.webArticles, '篇', 'annual', true);
	const oneThing = count('one_thing_items', y, now.oneThingItems, '项', 'point');
	const items = count('service_items', y, now.serviceItems, '项', 'point', true);
	doc.paragraph([
		'五是提升服务效能。',
		clause(`12345 热线全年受理工单${tickets.figure}`, tickets),
		'，',
		clause(`政府网站全年发布信息 ${articles.figure}`, articles),
		'；',
		clause(`上线“一件事”主题集成服务 ${oneThing.figure}`, oneThing),
		'，',
		clause(`认领政务服务事项 ${items.figure}`, items),
		'。'
	]);

	if (flaws.twoRates) {
		const other = percent(
			'one_window_rate',
			y,
			Math.round(now.oneWindowRate * 10 - rng.int(20, 60)) / 10,
			'point'
		);
		doc.paragraph([
			'六是“一窗办”。全面推行“一窗”分类受理模式，',
			clause(`全县依申请政务服务事项“一窗”综合受理率达到 ${other.figure}`, other),
			'。'
		]);
	}
}
