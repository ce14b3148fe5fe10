/** Saving a file from the browser: CSV text or a PNG of a chart's SVG. */

export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(csv: string, fileName: string): void {
	saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Draws the SVG on a white canvas at twice its size and saves it as PNG. */
export async function saveSvgAsPng(
	svg: SVGSVGElement,
	fileName: string,
	title?: string
): Promise<void> {
	const box = svg.getBoundingClientRect();
	const width = Math.max(1, Math.round(box.width));
	const height = Math.max(1, Math.round(box.height));
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const text = new XMLSerializer().serializeToString(clone);
	const img = new Image();
	img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	await img.decode();
	const scale = 2;
	const titleSpace = title ? 28 : 0;
	const canvas = document.createElement('canvas');
	canvas.width = width * scale;
	canvas.height = (height + titleSpace) * scale;
	const ctx = canvas.getContext('2d')!;
	ctx.scale(scale, scale);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height + titleSpace);
	if (title) {
		ctx.fillStyle = '#1a1a1a';
		ctx.font =
			'bold 15px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
		ctx.fillText(title, 8, 19);
	}
	ctx.drawImage(img, 0, titleSpace, width, height);
	URL.revokeObjectURL(img.src);
	const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
	if (blob) saveBlob(blob, fileName);
}
