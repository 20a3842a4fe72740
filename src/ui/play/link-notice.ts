// The play link's problems in the reader's language: one sentence per unusable value, in the link's order.
import { MAX_SEED, type PlayLinkNotice } from '../../preset/play-url';
import type { PlayMessages } from '../i18n/en/play';

export function linkNoticeText(notice: PlayLinkNotice, words: PlayMessages['linkNotice']): string {
  return notice
    .map((problem) => (problem.key === 'seed' ? words.seed(problem.given, MAX_SEED, problem.fallback) : words.shopper(problem.given, problem.fallback)))
    .join(' ');
}
