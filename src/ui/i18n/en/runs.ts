// The runs strings in English. Each zh/runs.ts must have the same shape (the type checker says so).

export const runs = {};

export type RunsMessages = typeof runs;
