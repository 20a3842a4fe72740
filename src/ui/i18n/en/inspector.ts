// The inspector strings in English. Each zh/inspector.ts must have the same shape (the type checker says so).

export const inspector = {};

export type InspectorMessages = typeof inspector;
