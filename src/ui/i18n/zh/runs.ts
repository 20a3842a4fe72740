// The runs strings in Simplified Chinese, shaped like en/runs.ts.
import type { RunsMessages } from '../en/runs';

export const runs: RunsMessages = {};
