/**
 * ECharts' SVG output as a tree of elements, so a page renders it through Svelte (which
 * escapes every attribute and text) instead of injecting markup.
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

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseSvg(svg: string): SvgElement {
	const root: SvgElement = { tag: '#root', attrs: {}, children: [] };
	const stack: SvgElement[] = [root];
	let last = 0;
	for (const m of svg.matchAll(TAG)) {
		const text = svg.slice(last, m.index);
		if (text.trim()) stack.at(-1)!.children.push(decode(text));
		last = m.index + m[0].length;
		const [, closing, tag, attrText, selfClosing] = m;
		if (closing) {
			if (stack.length > 1) stack.pop();
			continue;
		}
		const attrs: Record<string, string> = {};
		for (const a of attrText!.matchAll(ATTR)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
		const el: SvgElement = { tag: tag!, attrs, children: [] };
		stack.at(-1)!.children.push(el);
		if (!selfClosing) stack.push(el);
	}
	const svgRoot = root.children.find(
		(c): c is SvgElement => typeof c !== 'string' && c.tag === 'svg'
	);
	if (!svgRoot) throw new Error('not an SVG document');
	return svgRoot;
}
