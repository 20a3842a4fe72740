// The board's link and pasted text: a student's board link hands its code to the board; pasted lines that
// hold no code are kept as they are, so the board can say why it refused them.
import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress } from './address';
import { codesInText } from './result-code-link';

describe("the class board's link", () => {
  it('hands the board the codes it carries, in order', () => {
    const search = formatAddress({ page: 'board', state: { added: ['QSL1-abc', 'QSL1-def'] }, language: 'zh' });
    expect(search).toBe('?page=board&add=QSL1-abc&add=QSL1-def&lang=zh');
    expect(parseAddress(search)).toMatchObject({ page: 'board', state: { added: ['QSL1-abc', 'QSL1-def'] }, notice: null, language: 'zh' });
  });

  it('is the board alone without codes', () => {
    expect(formatAddress({ page: 'board', state: null, language: null })).toBe('?page=board');
    expect(parseAddress('?page=board')).toMatchObject({ page: 'board', state: null });
  });
});

describe('codes in pasted text', () => {
  it('keeps a line without a code as it is, and skips blank lines', () => {
    expect(codesInText('QSL1-abc\n\n  my result is great  \r\nQSL1-def QSL1-ghi')).toEqual(['QSL1-abc', 'my result is great', 'QSL1-def', 'QSL1-ghi']);
  });

  it('finds every code of a board link', () => {
    expect(codesInText('http://localhost:4173/?page=board&add=QSL1-abc&add=QSL1-def&lang=zh')).toEqual(['QSL1-abc', 'QSL1-def']);
  });
});
