// A snapshot's numbers must belong together: every snapshot a run takes passes, and a crafted one whose
// values are each in range but describe no reachable session is named by its first inconsistent array.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { BatchedShopperEnv, type EnvSnapshot } from './env';
import { InconsistentSnapshotError, snapshotInconsistency } from './snapshot-check';
import { randomPolicy } from './policies';
import { DEFAULT_SIM_SETTINGS } from './settings';

const settings = { ...DEFAULT_SIM_SETTINGS };
const catalog = createCatalog(settings, 42);
const SESSIONS = 8;

function envAfter(steps: number, seed = 5): BatchedShopperEnv {
  const env = new BatchedShopperEnv({ settings, catalog, sessions: SESSIONS, shopperSeed: 11, environmentSeed: 13 });
  const policy = randomPolicy(seed);
  const actions = new Int32Array(SESSIONS);
  for (let k = 0; k < steps; k++) {
    policy.chooseActions(env, actions);
    env.step(actions);
  }
  return env;
}

/** A copy of the snapshot with one array value changed. */
function edited(snapshot: EnvSnapshot, name: string, slot: number, value: number): EnvSnapshot {
  const arrays = { ...snapshot.arrays, [name]: snapshot.arrays[name].slice() };
  arrays[name][slot] = value;
  return { ...snapshot, arrays };
}

describe('the consistency of an environment snapshot', () => {
  it('passes every snapshot a run takes, whatever the steps and the actions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 1000 }), (steps, seed) => {
        const env = envAfter(steps, seed);
        expect(snapshotInconsistency(env, env.snapshot())).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('names the first array whose value no run could hold, in the slot that holds it', () => {
    const env = envAfter(30);
    const snapshot = env.snapshot();
    const stepped = [...snapshot.arrays.steps].findIndex((steps) => steps > 0);
    const fresh = envAfter(0).snapshot();
    const { shopperIndex, steps, clicks, lastAction } = snapshot.arrays;
    expect(stepped).toBeGreaterThanOrEqual(0);
    // Each value below is in its array's range; together with the rest it tells no session.
    expect(snapshotInconsistency(env, edited(snapshot, 'clicks', stepped, steps[stepped] + 1))).toEqual({ field: 'clicks', slot: stepped });
    expect(snapshotInconsistency(env, edited(snapshot, 'buys', stepped, clicks[stepped] + 1))).toEqual({ field: 'buys', slot: stepped });
    expect(snapshotInconsistency(env, edited(snapshot, 'shopperIndex', 1, shopperIndex[0]))).toEqual({ field: 'shopperIndex', slot: 1 });
    expect(snapshotInconsistency(env, edited(snapshot, 'shopperIndex', 0, snapshot.nextShopper))).toEqual({ field: 'shopperIndex', slot: 0 });
    expect(snapshotInconsistency(env, edited(snapshot, 'lastCategory', stepped, (catalog.category[lastAction[stepped]] + 1) % 6))).toEqual({ field: 'lastCategory', slot: stepped });
    expect(snapshotInconsistency(env, edited(snapshot, 'steps', stepped, settings.maxSteps))).toEqual({ field: 'steps', slot: stepped });
    expect(snapshotInconsistency(env, edited(fresh, 'lastOutcome', 2, 1))).toEqual({ field: 'lastOutcome', slot: 2 });
    expect(snapshotInconsistency(env, edited(fresh, 'trust', 3, fresh.arrays.trust[3] / 2))).toEqual({ field: 'trust', slot: 3 });
    expect(snapshotInconsistency(env, edited(fresh, 'coinState', 4, fresh.arrays.coinState[4] + 1))).toEqual({ field: 'coinState', slot: 4 });
    expect(snapshotInconsistency(env, { ...snapshot, admitted: snapshot.nextShopper + 1 })).toEqual({ field: 'admitted', slot: -1 });
    // Two seated shoppers swapped: their indices stay in range and distinct, but not their preferences.
    const swapped = edited(edited(snapshot, 'shopperIndex', 0, shopperIndex[1]), 'shopperIndex', 1, shopperIndex[0]);
    expect(snapshotInconsistency(env, swapped)).toEqual({ field: 'preferences', slot: 0 });
    expect(snapshotInconsistency(env, edited(snapshot, 'priceSensitivity', 5, snapshot.arrays.priceSensitivity[5] + 1e-9))).toEqual({ field: 'priceSensitivity', slot: 5 });
  });

  it('takes the last bits of a draw as another engine may round them, and no more', () => {
    const env = envAfter(30);
    const snapshot = env.snapshot();
    const { preferences, priceSensitivity, clickLogit } = snapshot.arrays;
    // One unit in the last place: what another engine's Math.log or Math.pow may give for the same draw.
    const nextUp = (value: number) => value * (1 + Number.EPSILON);
    let rounded = edited(snapshot, 'preferences', 2, nextUp(preferences[2]));
    rounded = edited(rounded, 'priceSensitivity', 3, nextUp(priceSensitivity[3]));
    rounded = edited(rounded, 'clickLogit', 4, nextUp(clickLogit[4]));
    expect(snapshotInconsistency(env, rounded)).toBeNull();
    expect(snapshotInconsistency(env, edited(snapshot, 'preferences', 2, preferences[2] * (1 + 1e-6)))).toEqual({ field: 'preferences', slot: 0 });
  });

  it('refuses an inconsistent snapshot on restore and changes nothing', () => {
    const env = envAfter(30);
    const before = env.snapshot();
    const crafted = edited(envAfter(60).snapshot(), 'buyLogit', 7, 0.5);
    expect(() => env.restore(crafted)).toThrow(InconsistentSnapshotError);
    expect(env.snapshot()).toEqual(before);
    env.restore(envAfter(60).snapshot());
    expect(env.snapshot()).toEqual(envAfter(60).snapshot());
  });
});
