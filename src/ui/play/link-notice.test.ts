import { describe, expect, it } from 'vitest';
import { parsePlaySearch } from '../../preset/play-url';
import { MESSAGES } from '../i18n/all-messages';
import { linkNoticeText } from './link-notice';

describe('the play link notice', () => {
  it('words each unusable value with what was given and what is used instead', () => {
    const { notice } = parsePlaySearch('?seed=banana&shopper=x');
    expect(notice).not.toBeNull();
    expect(linkNoticeText(notice!, MESSAGES.en.play.linkNotice)).toBe(
      'The link\'s seed "banana" is not a whole number from 0 to 4294967295, so seed 42 is used. The link\'s shopper "x" is not a whole number, so shopper 50 is used.',
    );
  });

  it('says the same in Chinese, keeping the given text and the numbers', () => {
    const { notice } = parsePlaySearch('?seed=7.5');
    const text = linkNoticeText(notice!, MESSAGES.zh.play.linkNotice);
    expect(text).toBe('链接中的种子“7.5”不是 0 到 4294967295 之间的整数，因此改用种子 42。');
  });
});
