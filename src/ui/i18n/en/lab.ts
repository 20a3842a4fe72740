// The lab strings in English. Each zh/lab.ts must have the same shape (the type checker says so).

export const lab = {};

export type LabMessages = typeof lab;
