/**
 * ECharts' SVG output as a tree of elements, so a page renders it through Svelte (which
 * escapes every attribute and text) instead of injecting markup. Only drawing elements and
 * presentation attributes are kept (an allowlist): no script, no foreignObject, no event
 * handler, no link or url() that leaves the document. ECharts' own <style> (hover rules for
 * a live chart) is dropped too: a prerendered chart is a picture until it goes live.
 */
export interface SvgElement {
	tag: string;
	attrs: Record<string, string>;
	children: SvgNode[];
}
export type SvgNode = SvgElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
		if (e[0] === '#')
			return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		return ENTITIES[e] ?? m;
	});
}

const TAGS = new Set([
	'svg',
	'g',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'defs',
	'clipPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'pattern',
	'mask',
	'title',
	'desc'
]);

const ATTRS = new Set([
	'id',
	'class',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'dx',
	'dy',
	'd',
	'points',
	'transform',
	'viewbox',
	'preserveaspectratio',
	'version',
	'baseprofile',
	'xmlns',
	'xmlns:xlink',
	'xml:space',
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'opacity',
	'clip-path',
	'clip-rule',
	'mask',
	'paint-order',
	'visibility',
	'display',
	'pointer-events',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'offset',
	'stop-color',
	'stop-opacity',
	'gradientunits',
	'gradienttransform',
	'patternunits',
	'patterntransform',
	'style',
	'focusable',
	'role'
]);

/** A value that could run script or reach outside the document, however it is spelled. */
function unsafeValue(value: string): boolean {
	// Browsers skip spaces and control characters inside a scheme (java\tscript:).
	const v = [...value]
		.filter((c) => c.trim() !== '' && c.charCodeAt(0) > 0x1f)
		.join('')
		.toLowerCase();
	return (
		/(java|vb)script:|data:text\/html|expression\(|@import/.test(v) || /url\((?!['"]?#)/.test(v)
	);
}

function allowed(name: string, value: string): boolean {
	const n = name.toLowerCase();
	const known = ATTRS.has(n) || /^(aria|data)-[\w-]+$/.test(n) || /^ecmeta_\w+$/.test(n);
	return known && !unsafeValue(value);
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Stands on the stack for an element that was not kept. */
const DROPPED: SvgElement = { tag: '#dropped', attrs: {}, children: [] };

/** Parses an SVG document, keeping only what the allowlists let through (see above). */
export function parseSvg(svg: string): SvgElement {
	const root: SvgElement = { tag: '#root', attrs: {}, children: [] };
	const stack: SvgElement[] = [root];
	// Inside a dropped element everything is dropped: the element is still tracked so
	// that its closing tag closes it, but nothing is attached to the tree.
	let last = 0;
	for (const m of svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
		const text = m.input.slice(last, m.index);
		const parent = stack.at(-1)!;
		if (text.trim() && parent !== DROPPED) parent.children.push(decode(text));
		last = m.index + m[0].length;
		const [, closing, tag, attrText, selfClosing] = m;
		if (closing) {
			if (stack.length > 1) stack.pop();
			continue;
		}
		const keep = parent !== DROPPED && TAGS.has(tag!);
		const el: SvgElement = keep ? { tag: tag!, attrs: {}, children: [] } : DROPPED;
		if (keep) {
			for (const a of attrText!.matchAll(ATTR)) {
				const value = decode(a[2] ?? a[3] ?? '');
				if (allowed(a[1]!, value)) el.attrs[a[1]!] = value;
			}
			parent.children.push(el);
		}
		if (!selfClosing) stack.push(el);
	}
	const svgRoot = root.children.find(
		(c): c is SvgElement => typeof c !== 'string' && c.tag === 'svg'
	);
	if (!svgRoot) throw new Error('not an SVG document');
	return svgRoot;
}
