// The lab strings in Simplified Chinese, shaped like en/lab.ts.
import type { LabMessages } from '../en/lab';

export const lab: LabMessages = {};
