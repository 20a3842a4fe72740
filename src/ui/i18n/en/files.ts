// The files strings in English. Each zh/files.ts must have the same shape (the type checker says so).

export const files = {};

export type FilesMessages = typeof files;
