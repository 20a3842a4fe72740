// The share strings in English. Each zh/share.ts must have the same shape (the type checker says so).

export const share = {};

export type ShareMessages = typeof share;
