// The files strings in Simplified Chinese, shaped like en/files.ts.
import type { FilesMessages } from '../en/files';

export const files: FilesMessages = {};
