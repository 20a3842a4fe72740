// The share strings in Simplified Chinese, shaped like en/share.ts.
import type { ShareMessages } from '../en/share';

export const share: ShareMessages = {};
