// The board's codes for the lecture: kept in this browser's storage (never sent anywhere) so a reload keeps
// the board, with the codes an opened board link hands over added on arrival and the address then left as
// the board alone (a reload does not add them again).
import { useCallback, useEffect, useState } from 'react';
import { readPageAddress, useAddressWriter } from '../app/address-bar';
import { useLinkLanguage } from '../i18n/language-store';
import { EMPTY_BOARD, addCodes, boardFromStorage, type Addition, type BoardCodes } from './board-codes';

const STORAGE_KEY = 'qshop-class-board';

function stored(): BoardCodes {
  try {
    return boardFromStorage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return EMPTY_BOARD; // storage blocked: the board lasts as long as the page
  }
}

export interface BoardCodesState {
  board: BoardCodes;
  /** What the address's link added on arrival (null: the address named no code). */
  fromLink: Addition | null;
  add(codes: readonly string[]): Addition;
  clear(): void;
}

export function useBoardCodes(): BoardCodesState {
  // Read once, on arrival: the stored board with the link's codes added (pure, so a second render's reading is the same).
  const [start] = useState((): { board: BoardCodes; fromLink: Addition | null } => {
    const linked = readPageAddress('board').state?.added ?? [];
    const kept = stored();
    if (linked.length === 0) return { board: kept, fromLink: null };
    const addition = addCodes(kept, linked);
    return { board: addition.board, fromLink: addition };
  });
  const [board, setBoard] = useState(start.board);
  const language = useLinkLanguage();
  useAddressWriter({ page: 'board', state: null, language });
  useEffect(() => {
    try {
      if (board.codes.length === 0 && board.duplicates === 0) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(board));
    } catch {
      // storage blocked or full: the board holds for this page only
    }
  }, [board]);
  const add = useCallback(
    (codes: readonly string[]) => {
      const addition = addCodes(board, codes);
      setBoard(addition.board);
      return addition;
    },
    [board],
  );
  const clear = useCallback(() => setBoard(EMPTY_BOARD), []);
  return { board, fromLink: start.fromLink, add, clear };
}
