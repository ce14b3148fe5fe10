import { error } from '@sveltejs/kit';
import { sourceTextPath } from '$lib/contract/tables.ts';
import { entriesOf, readInput, run, SOURCES_DIR } from '$lib/db/node.server.ts';
import { ROUTE_ENTRIES } from '$lib/queries/entries.ts';
import { quoteSpansOfReport, reportById } from '$lib/queries/regions.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	entriesOf(() => ROUTE_ENTRIES['/sources/[report]'](run));

export const load: PageServerLoad = async ({ params }) => {
	const [report] = await run(reportById(params.report));
	if (!report) error(404, `no report ${params.report}`);
	// A PDF or web page source: the text the data build verified the quotes against.
	const bytes =
		readInput('data', sourceTextPath(report.source_file)) ??
		readInput('sources', report.source_file);
	if (!bytes) throw new Error(`${SOURCES_DIR}/${report.source_file} is missing`);
	const source = bytes.toString('utf8');
	const lines = source.split('\n');
	const before = lines.slice(0, report.source_first_line - 1).join('\n');
	const offset = report.source_first_line > 1 ? before.length + 1 : 0;
	const text = lines.slice(report.source_first_line - 1, report.source_last_line).join('\n');
	const spans = await run(quoteSpansOfReport(report.report_id));
	return { report, text, offset, spans };
};
