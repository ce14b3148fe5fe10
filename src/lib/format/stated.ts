/**
 * A stated figure (one or more values the reports give for the same thing) as text and as
 * CSV cells. Every chart label, table cell and download writes it through here, so a
 * contradiction reads the same everywhere: both values, side by side, neither picked.
 */
import type { Basis, Qualifier } from '../domain/schema.ts';
import type { Lang } from './locale.ts';
import { formatValue, NOT_REPORTED } from './value.ts';

/** What a stated figure carries (queries/stated.ts Stated has it, and more). */
export interface StatedFigure {
	unit: string;
	basis: Basis;
	values: readonly {
		value: number;
		qualifier: Qualifier;
		basis: Basis;
		/** The facts stating this value, the one shown first. */
		facts: readonly { figure: string; report_id: string }[];
	}[];
}

/** Between the values of a contradiction, in text and in a CSV cell alike. */
export const VALUE_SEPARATOR = ' / ';

/** Each value as text, in order (a contradiction has several); [未报告] when none. */
export function statedTexts(stated: StatedFigure | null | undefined, lang: Lang): string[] {
	if (!stated || stated.values.length === 0) return [NOT_REPORTED[lang]];
	return stated.values.map((v) =>
		formatValue(v.value, stated.unit, { qualifier: v.qualifier, basis: v.basis, lang })
	);
}

/** 371.02万元 · ≥93万笔 · 累计34.5万笔 · 92% / 90% · 未报告. */
export function formatStated(stated: StatedFigure | null | undefined, lang: Lang): string {
	return statedTexts(stated, lang).join(VALUE_SEPARATOR);
}

export interface StatedCells {
	/** The number when one value is stated (a spreadsheet can add it up); else all of them. */
	value: number | string | null;
	/** eq / ge / le / approx, per value. */
	qualifier: string | null;
	basis: Basis | null;
	/** The figure as the report writes it, per value; 未报告 when none is stated. */
	figure: string;
	/** The report each value is quoted from. */
	report: string | null;
}

const each = (stated: StatedFigure, pick: (v: StatedFigure['values'][number]) => string) =>
	stated.values.map(pick).join(VALUE_SEPARATOR);

/** The same figure as CSV cells: values as numbers, never as formatted text. */
export function statedCells(stated: StatedFigure | null | undefined, lang: Lang): StatedCells {
	if (!stated || stated.values.length === 0)
		return { value: null, qualifier: null, basis: null, figure: NOT_REPORTED[lang], report: null };
	return {
		value:
			stated.values.length === 1 ? stated.values[0]!.value : each(stated, (v) => String(v.value)),
		qualifier: each(stated, (v) => v.qualifier),
		basis: stated.basis,
		figure: each(stated, (v) => v.facts[0]?.figure ?? ''),
		report: each(stated, (v) => v.facts[0]?.report_id ?? '')
	};
}
