import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { prerenderPage, startPrerender } from '$lib/server/incremental.ts';

export const init: ServerInit = () => {
	if (building) startPrerender();
};

export const handle: Handle = (input) =>
	building ? prerenderPage(input) : input.resolve(input.event);
