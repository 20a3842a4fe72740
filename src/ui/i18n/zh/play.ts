// The play strings in Simplified Chinese, shaped like en/play.ts.
import type { PlayMessages } from '../en/play';

export const play: PlayMessages = {};
