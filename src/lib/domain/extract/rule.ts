/**
 * The shape of a rule that ties the words around a figure to a metric: what the label
 * before it (`pre`) or the words after it (`post`) must say, and the conditions that keep
 * it from firing in the wrong sentence. In a file of its own so the rule lists and the
 * matcher import it without importing one another.
 */
import type { Kind } from '../schema.ts';

export interface Rule {
	metric: string;
	pre?: RegExp;
	post?: RegExp;
	/** Both pre and post must match. */
	both?: boolean;
	ctx?: RegExp;
	/** The rule does not apply when the label matches this. */
	not?: RegExp;
	/** The rule does not apply when the label or the clause before it matches this. */
	notNear?: RegExp;
	/** The rule does not apply when the sentence matches this. */
	ctxNot?: RegExp;
	kind?: Kind;
	/** Only figures in these units (of those the metric allows). */
	units?: string[];
	/** Figures below this are not what the rule means (an indicator's 自评得分 5 分). */
	min?: number;
	/** The figure covers only this named piece of its scope (疫情防控信息 among all articles). */
	part?: (pre: RegExpExecArray) => string;
	/** What a reviewer must check when the rule fires (the words leave a doubt). */
	uncertain?: string;
}
