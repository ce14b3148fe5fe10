import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { prerenderPage, startPrerender } from '$lib/server/incremental.ts';
import { timePage } from '$lib/server/page-times.ts';

export const init: ServerInit = () => {
	if (building) startPrerender();
};

const prerendering = sequence(timePage, prerenderPage);

export const handle: Handle = (input) =>
	building ? prerendering(input) : input.resolve(input.event);
