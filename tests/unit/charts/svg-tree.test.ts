/**
 * The prerendered charts are parsed and rendered through Svelte, never injected: a hostile
 * SVG string comes out with nothing that could run or fetch, and a real chart comes out whole.
 */
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { trendChartOption } from '../../../src/lib/charts/county-trend.ts';
import { renderSvg } from '../../../src/lib/charts/ssr.ts';
import { parseSvg, type SvgNode } from '../../../src/lib/charts/svg-tree.ts';
import SvgTree from '../../../src/lib/charts/SvgTree.svelte';

const HOSTILE = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" viewBox="0 0 10 10">
	<script>alert(2)</script>
	<SCRIPT type="text/javascript">alert(3)</SCRIPT>
	<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
	<g onclick='alert(5)' ONMOUSEOVER="alert(6)" fill="#333">
		<a href="javascript:alert(7)"><text x="1" y="2">click</text></a>
		<use href="https://elsewhere.example/sprite.svg#icon" xlink:href="java&#x09;script:alert(8)"/>
		<image href="https://elsewhere.example/x.png" width="1" height="1"/>
		<rect width="5" height="5" style="fill: url(https://elsewhere.example/p.svg#p)" clip-path="url(#c)"/>
		<path d="M0 0L1 1" style="behavior: expression(alert(9))" fill="JaVaScRiPt:alert(10)"/>
		<animate attributeName="href" to="javascript:alert(11)"/>
		<set attributeName="onmouseover" to="alert(12)"/>
		<text x="1" y="9">&lt;script&gt;alert(13)&lt;/script&gt;</text>
	</g>
	<style>@import url(https://elsewhere.example/x.css);</style>
</svg>`;

interface Seen {
	tags: string[];
	attrs: [string, string][];
	text: string[];
}

function walk(node: SvgNode, out: Seen): Seen {
	if (typeof node === 'string') {
		out.text.push(node);
		return out;
	}
	out.tags.push(node.tag);
	out.attrs.push(...Object.entries(node.attrs));
	for (const c of node.children) walk(c, out);
	return out;
}

describe('a hostile SVG', () => {
	const tree = parseSvg(HOSTILE);
	const { tags, attrs, text } = walk(tree, { tags: [], attrs: [], text: [] });

	test('keeps drawing elements only: no script, foreignObject, links, images or animation', () => {
		expect([...new Set(tags)].sort()).toEqual(['g', 'path', 'rect', 'svg', 'text']);
	});

	test('keeps no event handler, no javascript: and no url() to anywhere but the page', () => {
		expect(attrs.filter(([n]) => /^on/i.test(n))).toEqual([]);
		// Namespace declarations name a namespace; nothing is fetched from them.
		const values = attrs.filter(([n]) => !/^xmlns/.test(n));
		expect(values.filter(([, v]) => /script:|expression|https?:/i.test(v))).toEqual([]);
		expect(attrs).toContainEqual(['clip-path', 'url(#c)']);
		expect(attrs).toContainEqual(['fill', '#333']);
	});

	test('keeps text as text, and Svelte escapes it when it renders the tree', () => {
		expect(text).toContain('<script>alert(13)</script>');
		expect(text.join(' ')).not.toMatch(/alert\((2|3|4)\)/);
		const { body } = render(SvgTree, { props: { nodes: tree.children } });
		expect(body).not.toMatch(/<script|<foreignObject|onload|onclick|onerror|javascript:/i);
		expect(body).toContain('&lt;script>alert(13)&lt;/script>');
	});
});

describe('a real chart', () => {
	test('keeps every element and label ECharts drew', () => {
		const svg = renderSvg(
			trendChartOption(
				{
					spec: { id: 'budget', metrics: ['m'], kind: 'bar' },
					categories: [2022, 2023],
					rows: [],
					bases: ['annual'],
					units: ['元']
				},
				'zh'
			)
		);
		const tree = parseSvg(svg);
		const { tags } = walk(tree, { tags: [], attrs: [], text: [] });
		const drawn = [...svg.matchAll(/<(path|rect|text|g)\b/g)].length;
		expect(tags.filter((t) => ['path', 'rect', 'text', 'g'].includes(t)).length).toBe(drawn);
		expect(walk(tree, { tags: [], attrs: [], text: [] }).text).toContain('2023年');
	});
});
