/**
 * One synthetic county's true figures, year by year: a size drawn once, then budgets,
 * spending and service volumes that drift plausibly. Money is kept in whole fen (cents)
 * so parts add up exactly; running totals only grow.
 */
import type { Rng } from './prng.ts';

export interface YearTruth {
	year: number;
	/** 元, whole yuan. */
	budgetInitial: number;
	/** The rest in fen. */
	budgetAdjustedFen: number;
	expenditureFen: number;
	personnelFen: number;
	publicFundsFen: number;
	projectSpendFen: number;
	publicFundsBudget: number;
	threePublicBudget: number;
	threePublicFinal: number;
	projectsTotal: number;
	projectsWithTargets: number;
	staffAuthorized: number;
	staffActual: number;
	oneWindowRate: number;
	fullOnlineRate: number;
	cloudRate: number;
	reviewCoverage: number;
	supervisionCoverage: number;
	kiosks: number;
	kioskTransactions: number;
	kioskTransactionsTotal: number;
	kioskPeople: number;
	yssUsers: number;
	ystEntities: number;
	yzyAccounts: number;
	dataCatalogs: number;
	openDataItems: number;
	hotlineTickets: number;
	webArticles: number;
	oneThingItems: number;
	serviceItems: number;
}

const round = (x: number, decimals = 0) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const clampRate = (x: number) => Math.min(100, Math.max(40, round(x, 1)));

export function countyTruth(rng: Rng, years: number[]): YearTruth[] {
	const size = Math.exp(rng.between(-1, 1.2));
	let budget = Math.round(rng.between(2e6, 6e6) * size);
	const staff = Math.max(6, Math.round(rng.between(10, 25) * Math.sqrt(size)));
	let kiosks = Math.round(rng.between(60, 220) * size);
	let kioskTotal = Math.round(rng.between(0, 3e5) * size);
	let yss = Math.round(rng.between(5e4, 3e5) * size);
	let yst = Math.round(rng.between(5e3, 3e4) * size);
	let catalogs = rng.int(200, 600);
	let openData = rng.int(50, 300);
	let rates = [rng.between(70, 92), rng.between(50, 85), rng.between(60, 95)];
	const out: YearTruth[] = [];
	for (const year of years) {
		budget = Math.round(budget * rng.between(0.93, 1.12));
		const adjustedFen = Math.round(budget * 100 * rng.between(0.97, 1.08));
		const expenditureFen = Math.round(adjustedFen * rng.between(0.9, 1.01));
		const basicFen = Math.round(expenditureFen * rng.between(0.55, 0.8));
		const personnelFen = Math.round(basicFen * rng.between(0.8, 0.92));
		const projects = rng.int(3, 14);
		const threeBudget = rng.int(2, 12) * 5000;
		kiosks += rng.int(0, Math.max(3, Math.round(kiosks * 0.08)));
		const transactions = Math.round(kiosks * rng.between(1500, 5000));
		kioskTotal += transactions;
		yss = Math.round(yss * rng.between(1.03, 1.25));
		yst = Math.round(yst * rng.between(1.02, 1.15));
		catalogs += rng.int(10, 120);
		openData += rng.int(0, 60);
		rates = rates.map((r) => r + rng.between(0, 4));
		out.push({
			year,
			budgetInitial: budget,
			budgetAdjustedFen: adjustedFen,
			expenditureFen,
			personnelFen,
			publicFundsFen: basicFen - personnelFen,
			projectSpendFen: expenditureFen - basicFen,
			publicFundsBudget: Math.round(((basicFen - personnelFen) / 100) * rng.between(1, 1.3)),
			threePublicBudget: threeBudget,
			threePublicFinal: Math.round(threeBudget * rng.between(0.4, 0.98)),
			projectsTotal: projects,
			projectsWithTargets: rng.chance(0.7) ? projects : rng.int(1, projects),
			staffAuthorized: staff,
			staffActual: staff - rng.int(0, 4),
			oneWindowRate: clampRate(rates[0]!),
			fullOnlineRate: clampRate(rates[1]!),
			cloudRate: clampRate(rates[2]!),
			reviewCoverage: round(rng.between(95, 99.9), 1),
			supervisionCoverage: rng.chance(0.6) ? 100 : round(rng.between(90, 99.9), 1),
			kiosks,
			kioskTransactions: transactions,
			kioskTransactionsTotal: kioskTotal,
			kioskPeople: Math.round(transactions * rng.between(0.1, 0.4)),
			yssUsers: yss,
			ystEntities: yst,
			yzyAccounts: Math.round(staff * rng.between(40, 90)),
			dataCatalogs: catalogs,
			openDataItems: openData,
			hotlineTickets: Math.round(rng.between(4e3, 3e4) * size),
			webArticles: rng.int(300, 3000),
			oneThingItems: rng.int(20, 220),
			serviceItems: rng.int(900, 2200)
		});
	}
	return out;
}
