// The charts strings in Simplified Chinese, shaped like en/charts.ts.
import type { ChartsMessages } from '../en/charts';

export const charts: ChartsMessages = {};
