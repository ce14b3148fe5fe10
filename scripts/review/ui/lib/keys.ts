/**
 * The review screen's keys, for a curator going through figures without the mouse:
 * J/K to the next/previous figure (in review order), A accept, E edit, Delete delete.
 * Ignored while typing in a field or with a modifier held.
 */
export type KeyAction = 'next' | 'previous' | 'accept' | 'edit' | 'delete';

export function keyAction(e: KeyboardEvent): KeyAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const target = e.target as HTMLElement | null;
	if (target?.closest?.('input, textarea, select, dialog, [contenteditable]')) return null;
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	const actions: Record<string, KeyAction> = {
		j: 'next',
		k: 'previous',
		a: 'accept',
		e: 'edit',
		Delete: 'delete'
	};
	return actions[key] ?? null;
}
