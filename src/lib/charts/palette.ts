/**
 * Colours readable by colour-blind readers and in greyscale print (Okabe–Ito), with a
 * symbol and dash per series so colour is never the only way to tell series apart.
 */
export const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
export const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];
export const DASHES: ('solid' | 'dashed' | 'dotted')[] = ['solid', 'dashed', 'dotted'];

export const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
export const TEXT = '#1a1a1a';
export const GRID_LINE = '#d5dbe3';
