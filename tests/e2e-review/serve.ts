/**
 * Starts `npm run review` for the tests: a fresh temporary copy of data/, and every
 * output of the workbench pointed into the same temporary folder (see place.ts).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { place } from './place.ts';

rmSync(place.dir, { recursive: true, force: true });
mkdirSync(place.dir, { recursive: true });
cpSync(resolve(import.meta.dirname, '../../data'), place.data, { recursive: true });

Object.assign(process.env, {
	PORT: String(place.port),
	PREVIEW_PORT: String(place.previewPort),
	YARDSTICK_REVIEW_DATA: place.data,
	YARDSTICK_REVIEW_WORK: place.work,
	YARDSTICK_REVIEW_DATA_OUT: place.dataOut,
	YARDSTICK_REVIEW_SITE_OUT: place.siteOut,
	YARDSTICK_REVIEW_MAX_MB: String(place.maxMb)
});
await import('../../scripts/review.ts');
