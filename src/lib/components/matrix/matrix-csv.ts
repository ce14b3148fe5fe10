/** The matrix as CSV: every row shown, each county's value, qualifier, basis and rank. */
import type { CsvCell } from '../../export/csv.ts';
import { statedCells, type Lang } from '../../format/index.ts';
import { t } from '../../i18n/index.ts';
import type { MatrixModel } from '../../queries/matrix.ts';

export function matrixCsv(model: MatrixModel, lang: Lang): { header: string[]; body: CsvCell[][] } {
	const zh = lang === 'zh';
	const header = [
		t('category_heading', lang),
		t('metric_heading', lang),
		'metric_id',
		t('unit_heading', lang),
		t('matrix_csv_better', lang),
		...model.counties.flatMap((c) =>
			(
				['matrix_csv_value', 'matrix_csv_qualifier', 'matrix_csv_basis', 'matrix_csv_rank'] as const
			).map((key) => t(key, lang, { county: c.name }))
		)
	];
	const body = model.groups.flatMap((g) =>
		g.rows.map((row) => [
			zh ? g.zh : g.en,
			zh ? row.metric.name_zh : row.metric.name_en,
			row.metric.metric_id,
			row.metric.unit,
			row.metric.better,
			...row.cells.flatMap((cell): CsvCell[] => {
				const cells = statedCells(cell.stated, lang);
				return [cells.value, cells.qualifier, cells.basis, cell.rank.rank];
			})
		])
	);
	return { header, body };
}
