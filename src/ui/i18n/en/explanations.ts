// The explanations strings in English. Each zh/explanations.ts must have the same shape (the type checker says so).

export const explanations = {};

export type ExplanationsMessages = typeof explanations;
