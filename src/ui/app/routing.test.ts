import { describe, expect, it } from 'vitest';
import { parsePageId } from '../../preset/address';
import { routeOf, type PageRoute } from './routing';

const Blank = () => null;
const pages: PageRoute[] = [
  { id: 'play', label: () => 'Play it yourself', summary: () => 'you are the recommender', Component: Blank },
  { id: 'train', label: () => 'Train the agent', summary: () => 'a Deep Q-Network learns', Component: Blank },
];

describe('page routing', () => {
  it('opens the page that ?page= names', () => {
    expect(routeOf(parsePageId('?page=train&seed=3'), pages).id).toBe('train');
  });

  it('falls back to the first page when none or an unknown one is named', () => {
    expect(routeOf(parsePageId(''), pages).id).toBe('play');
    expect(routeOf(parsePageId('?page=nope'), pages).id).toBe('play');
  });

  it('falls back to the first page for a page the table does not route', () => {
    expect(routeOf('compare', pages).id).toBe('play');
  });
});
