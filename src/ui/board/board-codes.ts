// The board's codes: every distinct code pasted or linked, in the order it arrived, and how many arrived
// again (a code counts once however often it is pasted), read into accepted results and refusals.
import type { ClassResult } from '../../preset/class-result';
import { decodeResult, type CheckLesson, type ResultCodeRefusal } from '../../preset/result-code';

export interface BoardCodes {
  codes: readonly string[];
  /** Codes that arrived when already on the board (or twice in one paste). */
  duplicates: number;
}

export const EMPTY_BOARD: BoardCodes = { codes: [], duplicates: 0 };

export interface Addition {
  board: BoardCodes;
  /** The codes new to the board, in order. */
  added: readonly string[];
  duplicates: number;
}

export function addCodes(board: BoardCodes, incoming: readonly string[]): Addition {
  const seen = new Set(board.codes);
  const added: string[] = [];
  let duplicates = 0;
  for (const code of incoming) {
    if (seen.has(code)) duplicates++;
    else {
      seen.add(code);
      added.push(code);
    }
  }
  return { board: { codes: [...board.codes, ...added], duplicates: board.duplicates + duplicates }, added, duplicates };
}

export interface ReadBoard {
  accepted: ReadonlyArray<{ code: string; result: ClassResult }>;
  refused: ReadonlyArray<{ code: string; refusal: ResultCodeRefusal }>;
}

export function readCodes(codes: readonly string[], checkLesson: CheckLesson): ReadBoard {
  const accepted: Array<{ code: string; result: ClassResult }> = [];
  const refused: Array<{ code: string; refusal: ResultCodeRefusal }> = [];
  for (const code of codes) {
    const decoded = decodeResult(code, checkLesson);
    if (decoded.ok) accepted.push({ code, result: decoded.result });
    else refused.push({ code, refusal: decoded.refusal });
  }
  return { accepted, refused };
}

/** The board as stored text read back: a board only when it has the stored shape, else empty (storage another version wrote, or edited). */
export function boardFromStorage(text: string | null): BoardCodes {
  if (text === null) return EMPTY_BOARD;
  try {
    const stored: unknown = JSON.parse(text);
    if (stored === null || typeof stored !== 'object') return EMPTY_BOARD;
    const { codes, duplicates } = stored as Record<string, unknown>;
    if (!Array.isArray(codes) || !codes.every((code) => typeof code === 'string') || !Number.isSafeInteger(duplicates) || (duplicates as number) < 0) return EMPTY_BOARD;
    return addCodes({ codes: [], duplicates: duplicates as number }, codes as string[]).board;
  } catch {
    return EMPTY_BOARD;
  }
}
