/**
 * The bases a figure can be stated on, apart from the record schema so that the site's
 * pages can use them without bundling the validator (zod probes `Function` at start-up,
 * which the Content-Security-Policy forbids).
 */
export const BASES = ['annual', 'cumulative', 'point'] as const;
export type Basis = (typeof BASES)[number];
