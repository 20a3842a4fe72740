// The notices strings in Simplified Chinese, shaped like en/notices.ts.
import type { NoticesMessages } from '../en/notices';

export const notices: NoticesMessages = {};
