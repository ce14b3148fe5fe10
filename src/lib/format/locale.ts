/** d3-format with the conventions Chinese readers expect: 1,234.5 grouping, no currency sign. */
import { formatLocale } from 'd3-format';

export const zhLocale = formatLocale({
	decimal: '.',
	thousands: ',',
	grouping: [3],
	currency: ['', '元'],
	minus: '-'
});

export type Lang = 'zh' | 'en';
