// The explanations strings in Simplified Chinese, shaped like en/explanations.ts.
import type { ExplanationsMessages } from '../en/explanations';

export const explanations: ExplanationsMessages = {};
