// The class board's part of the address, `?page=board&add=<code>&add=<code>`: codes a link hands to the
// board (a student's link, or an instructor's of several), and the codes found in pasted text (one a line,
// or the board links that carry them). The board decodes them; this only finds them.

import { searchOf } from './lab-url';

export const BOARD_PAGE = 'board';
export const ADD_KEY = 'add';

/** Codes the address hands to the board, in order. */
export interface BoardLink {
  added: readonly string[];
}

export function parseBoardSearch(search: string): BoardLink {
  const added = new URLSearchParams(search)
    .getAll(ADD_KEY)
    .map((code) => code.trim())
    .filter((code) => code !== '');
  return { added };
}

export function formatBoardSearch(link: BoardLink): string {
  // No codes is written with an empty add key: the page alone would read as no board state at all.
  const added = link.added.length > 0 ? link.added : [''];
  return searchOf([['page', BOARD_PAGE], ...added.map((code): [string, string] => [ADD_KEY, code])]);
}

/**
 * The codes in pasted text: each line's codes (words starting `QSL`) and the codes of the board links in
 * it; a line with neither is one entry as it is, so the board can say it is not a code.
 */
export function codesInText(text: string): string[] {
  const codes: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const words = line.trim().split(/\s+/).filter((word) => word !== '');
    const found = words.flatMap((word) => {
      const query = word.indexOf('?');
      if (query >= 0 && word.includes(`${ADD_KEY}=`)) return parseBoardSearch(word.slice(query)).added;
      return /^QSL/i.test(word) ? [word] : [];
    });
    if (found.length > 0) codes.push(...found);
    else if (words.length > 0) codes.push(line.trim());
  }
  return codes;
}
