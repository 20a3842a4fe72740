// The play strings in English. Each zh/play.ts must have the same shape (the type checker says so).

export const play = {};

export type PlayMessages = typeof play;
