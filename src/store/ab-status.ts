// A compare side's state as a code the page words: it depends on the other side too (a side is "waiting"
// only while the other can still catch up, and "finished first" while the other still has steps to go).

import type { Divergence } from '../contracts/trainer-state';
import type { RunStatus } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';
import { isLive, type AbSideView } from './ab-slice';

export type AbSideStatus =
  | { code: 'failed'; detail: string }
  | { code: 'lost'; loss: WorkerLoss }
  /** The page has not started this side's worker, it is starting, or it stopped without a reason kept. */
  | { code: 'idle' | 'loading' | 'error' }
  | { code: 'waiting' }
  | { code: 'diverged'; divergence: Divergence | null; step: number }
  /** Both sides are done (or the other cannot train on): the comparison is over. */
  | { code: 'finished' }
  /** This side spent its budget while the other still has steps to go (training, or paused). */
  | { code: 'finished-first' }
  | { code: Exclude<RunStatus, 'finished' | 'diverged'> };

export function abSideStatus(mine: AbSideView, theirs: AbSideView): AbSideStatus {
  if (mine.phase === 'error' && mine.failure) return mine.failure.code === 'lost' ? { code: 'lost', loss: mine.failure.loss } : { code: 'failed', detail: mine.failure.detail };
  if (mine.phase !== 'ready') return { code: mine.phase };
  const { status } = mine.run;
  if (status === 'diverged') return { code: 'diverged', divergence: mine.run.divergence, step: mine.run.step };
  if (status === 'finished') return { code: isLive(theirs) ? 'finished-first' : 'finished' };
  if (mine.waiting && isLive(theirs)) return { code: 'waiting' };
  return { code: status };
}
