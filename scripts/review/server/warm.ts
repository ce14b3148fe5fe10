/**
 * Run once after the server starts listening, in the background: loads the report reader
 * (pdf.js takes a second or two to load), the division dataset, and runs the extractor and
 * the checks over a report already in data/, so the curator's first drop is as quick as
 * the next one instead of several seconds slower.
 */
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { divisions } from '../../lib/divisions.ts';
import { checkItem } from './checks.ts';
import type { DataFolder } from './data-folder.ts';
import type { Items } from './items.ts';

export async function warmUp(data: DataFolder, items: Items): Promise<void> {
	await import('../../lib/read-report.ts');
	const all = [...divisions().values()];
	const first = data.records().find((r) => r.record?.status === 'reviewed');
	if (!first?.record) return;
	const item = items.open(`r-${first.id}`);
	const text = await items.text(item);
	checkItem(item, text, items.env(item));
	extractReports(text, item.sourceFile, {
		catalogue: data.catalogue(),
		regions: items.regions(),
		divisions: all
	});
}
