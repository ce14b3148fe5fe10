import { zhLocale } from './locale.ts';

const oneDecimal = zhLocale.format(',.1f');

/** A download's size: 0.3 KB, 59.5 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
	const kb = bytes / 1024;
	return kb < 1024 ? `${oneDecimal(kb)} KB` : `${oneDecimal(kb / 1024)} MB`;
}
