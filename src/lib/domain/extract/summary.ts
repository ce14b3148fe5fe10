/**
 * What a reviewer reads after `npm run extract`: per metric what was found, what is
 * uncertain and why, and what to check first (uncertain figures, a metric stated with
 * two values for one year, indicators scored above their maximum, missing metadata).
 */
import { parseFigure, sameNumber } from '../numbers.ts';
import type { Catalogue, Fact } from '../schema.ts';
import type { Draft } from './draft.ts';

const QUAL: Record<Fact['qualifier'], string> = { eq: '', ge: '≥', le: '≤', approx: '≈' };

function show(f: Fact, unit: string): string {
	const n = Number(f.value.toPrecision(12)).toLocaleString('en-US', { maximumFractionDigits: 6 });
	return `${QUAL[f.qualifier]}${n}${unit === '%' ? '%' : ' ' + unit}${f.basis === 'cumulative' ? ' (累计)' : ''}`;
}

/** Half a unit of the last digit written: 371 万元 stands for 3,705,000–3,715,000. */
function tolerance(f: Fact): number {
	try {
		const p = parseFigure(f.figure);
		return 0.5 * 10 ** -p.decimals * p.scale;
	} catch {
		return 0;
	}
}

const agree = (a: Fact, b: Fact) =>
	sameNumber(a.value, b.value) ||
	Math.abs(a.value - b.value) <= Math.max(tolerance(a), tolerance(b));

/** Metric/year pairs stated with more than one value: findings to confirm, never resolve. */
export function conflictsOf(facts: Fact[]): string[] {
	const by = new Map<string, Fact[]>();
	for (const f of facts) {
		const k = `${f.metric}|${f.year}|${f.basis}|${f.part ?? ''}`;
		by.set(k, [...(by.get(k) ?? []), f]);
	}
	const out: string[] = [];
	for (const [k, fs] of by) {
		const values = fs.filter((f, i) => fs.findIndex((g) => agree(g, f)) === i);
		if (values.length > 1) {
			const [metric, year] = k.split('|');
			out.push(
				`${metric} ${year} is stated as ${values.map((f) => `“${f.figure}”`).join(' and ')}`
			);
		}
	}
	return out;
}

export function summarize(draft: Draft, catalogue: Catalogue): string[] {
	const r = draft.record;
	const names = new Map(catalogue.metrics.map((m) => [m.id, m]));
	const out: string[] = [];
	const place = draft.region ? `${draft.region.name} (${r.region_code})` : 'county unknown';
	out.push(
		`${r.report_id} · ${place} · ${r.year} · ${r.kind} (${r.report_type})` +
			(r.project_name ? ` · 项目 ${r.project_name}` : '') +
			` · lines ${r.source.lines[0]}–${r.source.lines[1]} of ${r.source.file}`
	);
	out.push(
		`  title ${r.title} · unit ${r.unit_name} · filed ${r.filed_on ?? '—'} · self score ${r.self_score ?? '—'} · grade ${r.grade ?? '—'}`
	);
	const metrics = [...new Set(r.facts.map((f) => f.metric))];
	out.push(`  ${r.facts.length} figure(s) for ${metrics.length} metric(s):`);
	for (const id of metrics) {
		const m = names.get(id)!;
		const fs = r.facts.filter((f) => f.metric === id);
		const shown = fs.map(
			(f) =>
				`${f.year === r.year ? '' : f.year + ': '}${show(f, m.unit)}${f.part ? ` (${f.part})` : ''}${f.scope === 'department' && r.kind === 'project' ? ' [全县]' : ''}${f.uncertain ? ' ?' : ''}`
		);
		out.push(`    ${id.padEnd(30)} ${m.name_zh} — ${shown.join('; ')}`);
	}
	out.push(`  ${r.scores.length} scored indicator(s), ${r.subtotals.length} subtotal(s)`);

	const uncertain = r.facts.filter((f) => f.uncertain);
	const over = r.scores.filter((s) => s.max_points !== null && s.points > s.max_points);
	const conflicts = conflictsOf(r.facts);
	const otherYears = r.facts.filter((f) => f.year !== r.year);
	const check = [
		...draft.notes,
		...uncertain.map((f) => `uncertain: ${f.metric} “${f.figure}” — ${f.uncertain}`),
		...conflicts.map(
			(c) => `stated twice with different values (keep both; the audit reports it): ${c}`
		),
		...over.map(
			(s) => `indicator above its maximum: ${s.indicator} ${s.points} of ${s.max_points} 分`
		),
		...(otherYears.length
			? [`${otherYears.length} figure(s) describe other years than ${r.year}: check their year`]
			: []),
		...draft.dropped.map((p) => `dropped (failed verification): ${p.path}: ${p.message}`)
	];
	out.push(check.length ? '  check first:' : '  nothing flagged; still read every quote');
	for (const c of check) out.push(`    - ${c}`);
	return out;
}
