/**
 * The browser's data engine, for real: DuckDB-WASM and the Parquet files of the built
 * site in Chromium, through the /status page. Only the error-path tests intercept
 * requests, to break one file on purpose.
 */
import { expect, test, type Page, type Worker } from '@playwright/test';
import { LIVE, watch } from './watch.ts';
import type { Manifest } from '../../src/lib/contract/manifest.ts';
import { filesOf, tablePath, TABLES } from '../../src/lib/contract/tables.ts';

/** URLs this page or worker fetched, from its own resource timing. */
const resources = (where: Page | Worker): Promise<string[]> =>
	(where as Worker).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

test('DuckDB-WASM starts from the site alone and every table matches the manifest', async ({
	page,
	request,
	baseURL
}) => {
	const seen = watch(page, new URL(baseURL!).origin);
	await page.goto('/status');
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'ready', {
		timeout: LIVE
	});

	const manifest = (await (await request.get('/data/manifest.json')).json()) as Manifest;
	for (const name of TABLES) {
		const row = page.getByTestId(`table-${name}`);
		const rows = String(manifest.files[tablePath(name)]!.rows);
		await expect(row.getByTestId('rows'), name).toHaveText(rows);
		await expect(row.getByTestId('manifest-rows'), name).toHaveText(rows);
		// Decode times are measured and reported by the decode worker, nowhere else.
		await expect(row.getByTestId('decode-ms'), name).toHaveText(/^\d+$/);
	}
	await expect(page.getByTestId('counts-match')).toBeVisible();
	// The fact the build sampled comes back from the engine with the very value written.
	expect(manifest.sample, 'the build samples a fact').not.toBeNull();
	await expect(page.getByTestId('sample-value')).toHaveText(String(manifest.sample!.value));
	await expect(page.getByTestId('sample-match')).toBeVisible();
	await expect(page.getByTestId('duckdb-version')).toHaveText(/^v\d+\.\d+\.\d+/);
	await expect(page.getByTestId('extensions')).toHaveAttribute('data-off', 'true');
	await expect(page.getByTestId('engine-ready-ms')).toHaveText(/^\d+ ms$/);
	await expect(page.getByTestId('tables-ready-ms')).toHaveText(/^\d+ ms$/);

	// The Parquet files were fetched by the decode worker, not by the page.
	const decoder = seen.workers.find((w) => w.url().includes('parquet.worker'));
	expect(decoder, 'a Parquet decode worker was started').toBeDefined();
	const fetchedByWorker = (await resources(decoder!)).filter((u) => u.endsWith('.parquet'));
	// Small tables whole; the big ones from each province's own files (here: 广东 only).
	const provinces = [
		...new Set(
			Object.keys(manifest.files)
				.filter((f) => f.startsWith('provinces/'))
				.map((f) => f.split('/')[1]!)
		)
	]
		.filter((p) => /^\d+$/.test(p))
		.sort();
	expect(provinces).toEqual(['440000']);
	expect(fetchedByWorker.map((u) => new URL(u).pathname).sort()).toEqual(
		TABLES.flatMap((t) => filesOf(t, provinces).map((f) => `/data/${f}`)).sort()
	);
	expect((await resources(page)).filter((u) => u.endsWith('.parquet'))).toEqual([]);

	expect(seen.foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('a missing Parquet file puts the app in one clear error state', async ({ page }) => {
	await page.route('**/data/provinces/*/facts.parquet', (route) =>
		route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
	);
	await page.goto('/status');
	// The province files are asked for once the engine has started and read regions.
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'error', {
		timeout: LIVE
	});
	const alert = page.getByTestId('db-error');
	await expect(alert).toContainText('facts.parquet');
	await expect(alert).toContainText('HTTP 404');
	// The engine itself still answers: the failure is the data file's, and says so.
	await expect(page.getByTestId('duckdb-version')).toHaveText(/^v\d+/, { timeout: LIVE });
});

test('a missing engine file is reported, not waited for', async ({ page }) => {
	await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
	await page.goto('/status');
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'error');
	await expect(page.getByTestId('db-error')).toContainText('HTTP 404');
});

test('a data file that never arrives ends in an error after the stall timeout', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.route('**/data/provinces/*/scores.parquet', () => {
		// Never answered: the engine must give up on its own (STALL_MS, 30 s).
	});
	await page.goto('/status');
	// 30 s after the file is asked for, which is once the engine has started.
	await expect(page.getByTestId('db-state')).toHaveAttribute('data-state', 'error', {
		timeout: 90_000
	});
	await expect(page.getByTestId('db-error')).toContainText('scores.parquet');
});
