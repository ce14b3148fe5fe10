/** The matrix as CSV: every row shown, each county's value, qualifier, basis and rank. */
import type { CsvCell } from '../../export/csv.ts';
import type { Lang } from '../../format/index.ts';
import type { MatrixCell, MatrixModel } from '../../queries/matrix.ts';

/** One value as is; a contradiction's values side by side (a / b). */
function joined(cell: MatrixCell, pick: (v: { value: number; qualifier: string }) => CsvCell) {
	const values = cell.stated?.values ?? [];
	if (values.length === 0) return null;
	return values.length === 1 ? pick(values[0]!) : values.map(pick).join(' / ');
}

export function matrixCsv(model: MatrixModel, lang: Lang): { header: string[]; body: CsvCell[][] } {
	const zh = lang === 'zh';
	const header = [
		zh ? '类别' : 'Category',
		zh ? '指标' : 'Metric',
		'metric_id',
		zh ? '单位' : 'Unit',
		zh ? '方向' : 'Better',
		...model.counties.flatMap((c) =>
			zh
				? [`${c.name}（数值）`, `${c.name}（限定）`, `${c.name}（口径）`, `${c.name}（排名）`]
				: [`${c.name} value`, `${c.name} qualifier`, `${c.name} basis`, `${c.name} rank`]
		)
	];
	const body = model.groups.flatMap((g) =>
		g.rows.map((row) => [
			zh ? g.zh : g.en,
			zh ? row.metric.name_zh : row.metric.name_en,
			row.metric.metric_id,
			row.metric.unit,
			row.metric.better,
			...row.cells.flatMap((cell): CsvCell[] => [
				joined(cell, (v) => v.value),
				joined(cell, (v) => v.qualifier),
				cell.stated?.basis ?? null,
				cell.rank.rank
			])
		])
	);
	return { header, body };
}
