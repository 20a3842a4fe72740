// The lessons page's link: the lesson and a budget read back as written, and a bad value refused with the key and what it held.
import { describe, expect, it } from 'vitest';
import { formatLessonsSearch, parseLessonsSearch } from './lessons-url';

describe('the lessons link', () => {
  it('reads the lesson and the budget, and writes them back after the page', () => {
    const { link, problems } = parseLessonsSearch('?page=lessons&lesson=target-network&steps=4000');
    expect(link).toEqual({ lesson: 'target-network', steps: 4000 });
    expect(problems).toEqual([]);
    expect(formatLessonsSearch(link, 'lessons')).toBe('?page=lessons&lesson=target-network&steps=4000');
    expect(formatLessonsSearch({ lesson: null, steps: null }, 'lessons')).toBe('?page=lessons');
  });

  it('takes a lesson id in any case and with spaces around it', () => {
    expect(parseLessonsSearch('?lesson=%20Discounting%20').link.lesson).toBe('discounting');
  });

  it('refuses what cannot be a lesson id or a budget, and says which key held what', () => {
    const { link, problems } = parseLessonsSearch('?lesson=../../etc&steps=12');
    expect(link).toEqual({ lesson: null, steps: null });
    expect(problems).toEqual([
      { key: 'lesson', given: '../../etc' },
      { key: 'steps', given: '12' },
    ]);
    expect(parseLessonsSearch('?steps=1e9').problems).toEqual([{ key: 'steps', given: '1e9' }]);
    expect(parseLessonsSearch(`?lesson=${'x'.repeat(60)}`).problems[0].given).toHaveLength(41);
  });
});
