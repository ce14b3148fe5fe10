/** Numbers the county profile's footnotes in the order its sections show the figures. */
import type { CountyProfile } from '../../queries/county-profile.ts';
import type { Trend } from '../../queries/county.ts';
import { FootnoteRegistry } from '../footnotes.ts';

function trendNotes(notes: FootnoteRegistry, trend: Trend | null): void {
	if (!trend) return;
	for (const r of trend.rows)
		for (const m of trend.spec.metrics) {
			const c = r.cells[m];
			if (c) notes.all(c);
		}
}

export function profileNotes(p: CountyProfile, prefix: string): FootnoteRegistry {
	const notes = new FootnoteRegistry(prefix);
	for (const h of p.headlines) {
		notes.all(h.stated);
		if (h.previous) notes.all(h.previous);
	}
	for (const project of p.model.projects) for (const s of project.stated) notes.all(s);
	trendNotes(notes, p.projectTrend);
	for (const t of p.trends) trendNotes(notes, t);
	for (const t of p.service) trendNotes(notes, t);
	for (const row of p.other.rows)
		for (const y of p.other.years) {
			const c = row.cells[y];
			if (c) notes.all(c);
		}
	return notes;
}
