// The inspector strings in Simplified Chinese, shaped like en/inspector.ts.
import type { InspectorMessages } from '../en/inspector';

export const inspector: InspectorMessages = {};
