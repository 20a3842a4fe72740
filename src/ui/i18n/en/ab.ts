// The ab strings in English. Each zh/ab.ts must have the same shape (the type checker says so).

export const ab = {};

export type AbMessages = typeof ab;
