/** The logical size every chart is laid out at, at build time and live, so nothing jumps. */
export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 360;
/** Small multiples: one chart per metric, several to a row (the county profile). */
export const SMALL_CHART = { width: 400, height: 240 };
