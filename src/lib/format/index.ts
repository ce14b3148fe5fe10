export {
	formatValue,
	formatTick,
	formatChange,
	unitLabel,
	scaleOf,
	NOT_REPORTED,
	CUMULATIVE
} from './value.ts';
export { formatBytes } from './bytes.ts';
export type { FormatOptions, Scaled } from './value.ts';
export type { Lang } from './locale.ts';
export { formatRank } from './rank.ts';
export {
	formatStated,
	statedCells,
	statedTexts,
	VALUE_SEPARATOR,
	type StatedCells,
	type StatedFigure
} from './stated.ts';
