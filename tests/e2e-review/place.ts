/**
 * Where the workbench under test runs and what it may write: a temporary copy of data/,
 * and its drafts, data build and site build in temporary folders beside it. The
 * repository's data/, static/data/ and build/ are never written by these tests.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function reviewPlace(sitePort: number) {
	const port = Number(process.env.E2E_REVIEW_PORT ?? sitePort + 10);
	const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? sitePort + 20);
	const dir = join(tmpdir(), `yardstick-review-e2e-${port}`);
	return {
		port,
		previewPort,
		url: `http://127.0.0.1:${port}`,
		dir,
		data: join(dir, 'data'),
		work: join(dir, 'work'),
		dataOut: join(dir, 'static-data'),
		siteOut: join(dir, 'build'),
		maxMb: 1
	};
}

export const place = reviewPlace(Number(process.env.E2E_PORT ?? 4319));
