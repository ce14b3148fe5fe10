/**
 * Reports in the formats they are published in, read as a user's upload would be: Word
 * and Excel files and PDFs built from real excerpts (tests/fixtures/formats/build.ts),
 * the binary Office formats refused with what to do, a scan reported as needing OCR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanText } from '../../../src/lib/domain/extract/clean.ts';
import { extractReports } from '../../../src/lib/domain/extract/draft.ts';
import { matchPairs, type ExpectedFact } from '../../../scripts/lib/corpus-eval.ts';
import { readReport, readReportBytes } from '../../../scripts/lib/read-report.ts';
import { realContext } from './helpers.ts';

const dir = 'tests/fixtures/formats';
const ctx = realContext();

async function draftOf(name: string) {
	const read = await readReport(join(dir, name));
	const r = extractReports(read.text, name, ctx);
	if (r.notReport !== null) throw new Error(r.notReport);
	return { read, drafts: r.drafts, facts: r.drafts.flatMap((d) => d.record.facts) };
}

const expected = (slug: string) =>
	(parseYaml(readFileSync(join(dir, `${slug}.expected.yaml`), 'utf8')) as { facts: ExpectedFact[] })
		.facts;

describe.each([
	['chenglingji-2023-overall', 'docx'],
	['daying-2023-project-table', 'docx'],
	['qingshen-2023-project-table', 'xlsx'],
	['kexuecheng-media-2021-table', 'xlsx'],
	['xuwen-2024-two-column', 'pdf']
])('%s.%s', (slug, ext) => {
	test('is read as such and drafts every figure a person read in it, and nothing else', async () => {
		const { read, facts, drafts } = await draftOf(`${slug}.${ext}`);
		expect(read.format).toBe(ext);
		const want = expected(slug);
		expect(matchPairs(facts, want)).toHaveLength(want.length);
		expect(facts).toHaveLength(want.length);
		for (const d of drafts) expect(d.dropped).toEqual([]);
	}, 60_000);
});

describe('Word and Excel specifics', () => {
	test('a Word title split by a space and table rows kept one per line', async () => {
		const { read } = await draftOf('chenglingji-2023-overall.docx');
		expect(read.text.split('\n')[0]).toBe('2023年度政务中心(单位)整体支出 绩效自评报告');
		const table = (await readReport(join(dir, 'daying-2023-project-table.docx'))).text;
		expect(table).toMatch(/^\t?总额\t0\.00\t3\.36\t3\.36\t100\.00%/m);
	});

	test('an indicator sheet drafts 全年完成值 and never the 年初指标值 beside it', async () => {
		const { facts } = await draftOf('kexuecheng-media-2021-table.xlsx');
		const rate = facts.find((f) => f.metric === 'procurement_execution_rate');
		expect(rate).toMatchObject({ value: 72.74, figure: '72.74%' });
		expect(facts.map((f) => f.value)).not.toContain(90);
	});

	test('numbers stored as numbers take the unit of their heading (万元)', async () => {
		const { facts } = await draftOf('qingshen-2023-project-table.xlsx');
		expect(facts.find((f) => f.metric === 'budget_initial')).toMatchObject({
			value: 2389300,
			figure: '238.93',
			table_unit: '万元'
		});
	});
});

describe('files that cannot be read as they are', () => {
	const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

	test.each([
		['report.xls', /report\.xls is an Excel 97–2003 workbook \(\.xls\): save it as \.xlsx/],
		['report.doc', /report\.doc is a Word 97–2003 document \(\.doc\): save it as \.docx/]
	])('%s is refused with what to do', async (name, message) => {
		await expect(readReportBytes(ole2, name)).rejects.toThrow(message);
	});

	test('a damaged .docx and a zip that is no Office file name the file and the problem', async () => {
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
		await expect(readReportBytes(zip, 'broken.docx')).rejects.toThrow(
			/broken\.docx could not be read as a Word document/
		);
		await expect(readReportBytes(zip, 'bundle.zip')).rejects.toThrow(
			/bundle\.zip is a zip archive that is neither a Word \(\.docx\) nor an Excel \(\.xlsx\) file/
		);
	});

	test('a scanned PDF is reported as needing OCR, not drafted as empty', async () => {
		await expect(readReport(join(dir, 'scanned-report.pdf'))).rejects.toThrow(
			/scanned-report\.pdf has no text layer on 1 of its 1 page\(s\).*needs OCR/
		);
	}, 60_000);

	test('reading an upload leaves the caller its bytes', async () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'xuwen-2024-two-column.pdf')));
		await readReportBytes(bytes, 'upload.pdf');
		expect(bytes.byteLength).toBeGreaterThan(0);
		expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
	}, 60_000);
});

describe('PDF layouts', () => {
	test('two columns are read left column first, sentences whole', async () => {
		const read = await readReport(join(dir, 'xuwen-2024-two-column.pdf'));
		expect(read.notes.join(' ')).toMatch(/two columns/);
		const text = cleanText(read.text).text;
		expect(text).toContain('局机关有行政编制9名。其中:局长1名');
		expect(text).toContain('每台机器共有事项252项,累计办理业务量265585件');
		expect(text.indexOf('一、单位基本情况')).toBeLessThan(text.indexOf('二是推进'));
	}, 60_000);

	test('a score table over pages: every row, running header and page numbers left out', async () => {
		const read = await readReport(join(dir, 'shouxian-2023-score-pages.pdf'));
		expect(read.notes.join(' ')).toMatch(/running header\/footer/);
		expect(read.text.match(/寿县2023年度部门整体支出绩效评价自评表/g)).toHaveLength(1);
		expect(read.text).not.toMatch(/第 ?\d+ ?页/);
		const r = extractReports(read.text, 'scores.pdf', ctx);
		if (r.notReport !== null) throw new Error(r.notReport);
		const scores = r.drafts.flatMap((d) => d.record.scores);
		expect(scores.map((s) => [s.section, s.indicator, s.max_points, s.points])).toEqual([
			['规划', '基础信息完整性', 3, 3],
			['规划', '年度工作计划完整性', 3, 3],
			['规划', '年度工作计划明确性', 3, 3],
			['规划', '年度绩效目标合理性', 4, 4],
			['规划', '年度绩效目标明确性', 2, 2],
			['执行', '预算执行率', 5, 5]
		]);
	}, 60_000);
});
