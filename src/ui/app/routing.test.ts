import { describe, expect, it } from 'vitest';
import { withLanguage } from '../i18n/language';
import { pageFromSearch, searchForPage, type PageRoute } from './routing';

const Blank = () => null;
const pages: PageRoute[] = [
  { id: 'play', label: () => 'Play it yourself', summary: () => 'you are the recommender', Component: Blank },
  { id: 'train', label: () => 'Train the agent', summary: () => 'a Deep Q-Network learns', Component: Blank },
];

describe('page routing', () => {
  it('opens the page that ?page= names', () => {
    expect(pageFromSearch('?page=train&seed=3', pages).id).toBe('train');
  });

  it('falls back to the first page when none or an unknown one is named', () => {
    expect(pageFromSearch('', pages).id).toBe('play');
    expect(pageFromSearch('?page=nope', pages).id).toBe('play');
  });

  it("links to a page alone: one page's parameters mean something else on another", () => {
    expect(searchForPage('train')).toBe('?page=train');
    expect(pageFromSearch(searchForPage('train'), pages).id).toBe('train');
  });

  it("keeps the reader's language, which belongs to no page", () => {
    expect(withLanguage(searchForPage('play'), { language: 'zh', explicit: true })).toBe('?page=play&lang=zh');
  });
});
