// The charts strings in English. Each zh/charts.ts must have the same shape (the type checker says so).

export const charts = {};

export type ChartsMessages = typeof charts;
