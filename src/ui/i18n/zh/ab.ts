// The ab strings in Simplified Chinese, shaped like en/ab.ts.
import type { AbMessages } from '../en/ab';

export const ab: AbMessages = {};
