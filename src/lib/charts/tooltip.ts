/** Tooltips are HTML (ECharts sets innerHTML): every text in one is escaped here. */
export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A quote's first 80 characters and where it comes from, as a tooltip line. */
export const quoteLine = (quote: string, where: string) =>
	`<span style="font-size:12px;color:#555">“${escapeHtml(quote.slice(0, 80))}”——${escapeHtml(where)}</span>`;
