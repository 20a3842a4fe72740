// A compare side's state depends on the other side: finished first, both finished, waiting only while the
// other can still catch up, and a failure before anything else.

import { describe, expect, it } from 'vitest';
import type { RunStatus } from '../contracts/protocol';
import type { AbSideView } from './ab-slice';
import { abSideStatus } from './ab-status';
import { emptyRunView } from './lab-run';

const side = (status: RunStatus, step: number, change: Partial<AbSideView> = {}): AbSideView => ({
  phase: 'ready',
  failure: null,
  backend: null,
  run: { ...emptyRunView(1), status, step },
  references: [],
  waiting: false,
  ...change,
});

describe('abSideStatus', () => {
  it('reads finished on both sides once both spent their budget, even with a waiting flag left over', () => {
    const a = side('finished', 2_000_000, { waiting: true });
    const b = side('finished', 2_000_000);
    expect(abSideStatus(a, b)).toEqual({ code: 'finished' });
    expect(abSideStatus(b, a)).toEqual({ code: 'finished' });
  });

  it('says a side finished first while the other still has steps to go, training or paused', () => {
    const done = side('finished', 60_000);
    expect(abSideStatus(done, side('running', 58_000))).toEqual({ code: 'finished-first' });
    expect(abSideStatus(done, side('paused', 58_000))).toEqual({ code: 'finished-first' });
    // The other diverged or its worker was lost: nothing is left to catch up, the comparison is over.
    expect(abSideStatus(done, side('diverged', 30_000))).toEqual({ code: 'finished' });
    expect(abSideStatus(done, side('running', 30_000, { phase: 'error', failure: { code: 'lost', loss: { code: 'unanswered' } } }))).toEqual({ code: 'finished' });
  });

  it('waits only while the other side can still catch up', () => {
    expect(abSideStatus(side('paused', 9000, { waiting: true }), side('running', 6000))).toEqual({ code: 'waiting' });
    expect(abSideStatus(side('paused', 9000, { waiting: true }), side('diverged', 6000))).toEqual({ code: 'paused' });
  });

  it('names a divergence with its step, and a failure or a starting side before the run\'s status', () => {
    const diverged = side('diverged', 4200, { waiting: true });
    expect(abSideStatus(diverged, side('running', 100))).toEqual({ code: 'diverged', divergence: null, step: 4200 });
    expect(abSideStatus(side('running', 10, { phase: 'error', failure: { code: 'failed', detail: 'no backend' } }), side('running', 10))).toEqual({ code: 'failed', detail: 'no backend' });
    expect(abSideStatus(side('ready', 0, { phase: 'loading' }), side('ready', 0))).toEqual({ code: 'loading' });
    expect(abSideStatus(side('running', 500), side('running', 400))).toEqual({ code: 'running' });
  });
});
