/**
 * npm run extract end to end, in a scratch copy of data/: a report becomes a draft that
 * npm run data verifies but does not publish; a work summary writes nothing; a reviewed
 * record is never overwritten.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const TSX = join('node_modules', '.bin', 'tsx');

function run(script: string, args: string[]) {
	const r = spawnSync(TSX, [script, ...args], { encoding: 'utf8', timeout: 120_000 });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

let data: string;
let work: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'yardstick-extract-'));
	data = join(work, 'data');
	cpSync('data', data, { recursive: true });
});

describe('npm run extract', () => {
	test('a work summary is said not to be a report, and nothing is written', () => {
		const file = join(work, 'summary.txt');
		writeFileSync(
			file,
			'测试县0001政务服务数据管理局2023年工作总结\n一、主要工作\n2023年，我局粤智助自助机业务量达 12 万笔，12345热线受理工单 3 万件。\n二、2024年工作计划\n继续推进数字政府建设。\n'
		);
		const before = readdirSync(join(data, 'records'));
		const r = run('scripts/extract.ts', [file, '--data', data]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/not a performance self-evaluation report.*work summary/);
		expect(readdirSync(join(data, 'records'))).toEqual(before);
		expect(existsSync(join(data, 'sources', 'summary.txt'))).toBe(false);
	});

	test('a report becomes a draft that npm run data verifies but does not publish', () => {
		// The county's 2021 report arrives again as a new file; its reviewed record is not there yet.
		rmSync(join(data, 'records', '440281-2021.yaml'));
		const file = join(work, 'lechang-2021.txt');
		cpSync('data/sources/004_ae923b7ef8d2ec7e.txt', file);
		const r = run('scripts/extract.ts', [file, '--data', data]);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/440281-2021 · 乐昌市 \(440281\) · 2021/);
		expect(r.out).toMatch(/check first|nothing flagged/);
		expect(readFileSync(join(data, 'sources', 'lechang-2021.txt'))).toEqual(readFileSync(file));

		const yaml = readFileSync(join(data, 'records', '440281-2021.yaml'), 'utf8');
		expect(yaml).toMatch(/^# Draft by npm run extract/);
		const record = parseYaml(yaml) as {
			status: string;
			source: { file: string };
			facts: unknown[];
		};
		expect(record.status).toBe('draft');
		expect(record.source.file).toBe('lechang-2021.txt');
		expect(record.facts.length).toBeGreaterThan(20);

		const build = run('scripts/build-data.ts', ['--data', data, '--out', join(work, 'out')]);
		expect(build.err).toBe('');
		expect(build.code).toBe(0);
		expect(build.out).toMatch(/\+1 draft\(s\) not published: records\/440281-2021\.yaml/);
		const manifest = JSON.parse(readFileSync(join(work, 'out', 'manifest.json'), 'utf8'));
		const reviewed = readdirSync('data/records').filter((f) => f.endsWith('.yaml')).length - 1;
		expect(manifest.counts.reports).toBe(reviewed);
	}, 120_000);

	test('a reviewed record is never overwritten', () => {
		const path = join(data, 'records', '440281-2023.yaml');
		const before = readFileSync(path, 'utf8');
		const r = run('scripts/extract.ts', [
			join(data, 'sources', '000_f5dba7c106cb292e.txt'),
			'--data',
			data
		]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/440281-2023\.yaml exists and is reviewed: not overwritten/);
		expect(readFileSync(path, 'utf8')).toBe(before);
	});

	test('a county missing from data/regions.yaml: the entry to add is printed', () => {
		const file = join(work, 'xuwen.txt');
		writeFileSync(
			file,
			'2023年度部门整体支出绩效自评报告\n部门名称：徐闻县政务服务数据管理局\n填报日期：2024年3月1日\n一、部门的基本情况\n2023年年初预算为 2,000,000 元。\n二、自评结论\n我局2023年整体支出绩效自评结果为 90 分。\n'
		);
		const r = run('scripts/extract.ts', [file, '--data', data, '--dry-run']);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/add to data\/regions\.yaml: 徐闻县 .*code: "440825"/);
		expect(r.out).toMatch(/and its city: 湛江市|440800/);
		expect(r.out).toMatch(/dry run: nothing written/);
		expect(existsSync(join(data, 'sources', 'xuwen.txt'))).toBe(false);
	});
});
