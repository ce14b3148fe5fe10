/**
 * The readable text of a saved government web page: the article, one block per line,
 * table cells separated by tabs; navigation, headers, footers, scripts, styles, forms and
 * hidden elements left out.
 */
import { parse } from 'parse5';

interface Node {
	nodeName: string;
	tagName?: string;
	value?: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	content?: Node;
}

const SKIP = new Set([
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'button',
	'select',
	'option',
	'iframe',
	'svg',
	'canvas',
	'object',
	'menu'
]);
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'table',
	'tbody',
	'thead',
	'tr',
	'blockquote',
	'pre',
	'center',
	'address',
	'figure',
	'figcaption',
	'hr'
]);
const CHROME =
	/(^|[-_\s])(nav|navbar|menu|breadcrumb|crumb|footer|header|share|sidebar|toolbar|topbar|login|search|skip)([-_\s]|$)/i;

function attr(node: Node, name: string): string {
	return node.attrs?.find((a) => a.name === name)?.value ?? '';
}

function hidden(node: Node): boolean {
	if (node.attrs?.some((a) => a.name === 'hidden')) return true;
	if (attr(node, 'aria-hidden') === 'true') return true;
	if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(node, 'style'))) return true;
	return (
		CHROME.test(attr(node, 'class')) ||
		CHROME.test(attr(node, 'id')) ||
		attr(node, 'role') === 'navigation'
	);
}

export function htmlToText(html: string): string {
	const out: string[] = [''];
	const newline = () => {
		if (out[out.length - 1] !== '') out.push('');
	};
	// Inside a table cell, paragraphs and line breaks (Word puts each cell in a <p>) are spaces:
	// the row stays one line.
	let inCell = 0;
	const walk = (node: Node, inArticle: boolean) => {
		const tag = node.tagName;
		if (node.nodeName === '#text') {
			out[out.length - 1] += (node.value ?? '').replace(/[\s\u00a0]+/g, ' ');
			return;
		}
		// A <header> inside the article holds its title; only the page's own chrome goes.
		const chrome = tag === 'header' || tag === 'footer' ? !inArticle : SKIP.has(tag ?? '');
		if (tag && (chrome || hidden(node))) return;
		const article = inArticle || tag === 'article' || tag === 'main';
		const cell = tag === 'td' || tag === 'th';
		if (tag === 'br') {
			if (inCell) out[out.length - 1] += ' ';
			else newline();
			return;
		}
		if (cell) out[out.length - 1] += '\t';
		const block = tag !== undefined && BLOCK.has(tag) && (inCell === 0 || tag === 'table');
		if (block) newline();
		if (cell) inCell++;
		for (const child of node.childNodes ?? []) walk(child, article);
		if (cell) inCell--;
		if (block) newline();
	};
	walk(parse(html) as unknown as Node, false);
	return (
		out
			.map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ *\t[ \t]*/g, '\t'))
			.filter((l) => l !== '')
			.join('\n') + '\n'
	);
}
