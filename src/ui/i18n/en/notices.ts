// The notices strings in English. Each zh/notices.ts must have the same shape (the type checker says so).

export const notices = {};

export type NoticesMessages = typeof notices;
