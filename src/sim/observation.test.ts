// Tests of the 20-number observation: its range, its layout and the three observability settings.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { BatchedShopperEnv } from './env';
import { COUNT_SCALE, FEATURE_NAMES, ObservationLayout, Outcome, engagementSignal, favouriteObservedCategory } from './observation';
import { randomPolicy } from './policies';
import { DEFAULT_SIM_SETTINGS, OBSERVATION_SIZE, type Observability } from './settings';

const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);
const SESSIONS = 32;
const L = ObservationLayout;

/** Steps a random policy and hands each step's next observations, with the env, to inspect. */
function walk(observability: Observability, steps: number, inspect: (env: BatchedShopperEnv, slot: number, observation: Float32Array, item: number) => void): void {
  const settings = { ...DEFAULT_SIM_SETTINGS, observability };
  const env = new BatchedShopperEnv({ settings, catalog, sessions: SESSIONS, shopperSeed: 8, environmentSeed: 9 });
  const policy = randomPolicy(10);
  const actions = new Int32Array(SESSIONS);
  for (let step = 0; step < steps; step++) {
    policy.chooseActions(env, actions);
    env.step(actions);
    for (let slot = 0; slot < SESSIONS; slot++) {
      inspect(env, slot, env.nextObservations.subarray(slot * OBSERVATION_SIZE, (slot + 1) * OBSERVATION_SIZE), actions[slot]);
    }
  }
}

describe('observations', () => {
  it('are 20 numbers with a name each', () => {
    expect(OBSERVATION_SIZE).toBe(20);
    expect(FEATURE_NAMES).toHaveLength(20);
    expect(L.engagement).toBe(19);
  });

  it.each(['noisy', 'exact', 'hidden'] as const)('always lie in [0, 1] (%s)', (observability) => {
    let outside = 0;
    let checked = 0;
    walk(observability, 300, (env) => {
      for (const array of [env.observations, env.nextObservations]) {
        for (const value of array) if (!(value >= 0 && value <= 1)) outside += 1;
        checked += array.length;
      }
    });
    expect(checked).toBeGreaterThan(300 * SESSIONS * 20);
    expect(outside).toBe(0);
  });

  it('describe the last step: one-hot category, outcome flags, rates, progress and capped counts', () => {
    walk('noisy', 60, (env, slot, observation, item) => {
      const category = catalog.category[item];
      for (let c = 0; c < 6; c++) expect(observation[L.lastCategory + c]).toBe(c === category ? 1 : 0);
      const done = env.done[slot] === 1;
      if (!done) {
        // a finished slot already holds its next shopper, whose last outcome is "none"
        const outcome = env.lastOutcome[slot];
        expect(observation[L.lastClicked]).toBe(outcome >= Outcome.clicked ? 1 : 0);
        expect(observation[L.lastBought]).toBe(outcome === Outcome.bought ? 1 : 0);
      }
      expect(observation[L.lastBought]).toBeLessThanOrEqual(observation[L.lastClicked]);
      const steps = done ? env.finishedLength[slot] : env.steps[slot];
      const clicks = done ? env.finishedClicks[slot] : env.clicks[slot];
      const buys = done ? env.finishedBuys[slot] : env.buys[slot];
      expect(observation[L.progress]).toBeCloseTo(steps / 50, 6);
      expect(observation[L.clickRate]).toBeCloseTo(clicks / steps, 6);
      expect(observation[L.buyRate]).toBeCloseTo(buys / steps, 6);
      expect(observation[L.clickCount]).toBeCloseTo(Math.min(1, clicks / COUNT_SCALE), 6);
      expect(observation[L.buyCount]).toBeCloseTo(Math.min(1, buys / COUNT_SCALE), 6);
      const history = Array.from(observation.subarray(0, 6)).reduce((total, share) => total + share, 0);
      expect(history).toBeCloseTo(1, 5);
    });
  });

  it('show the exact trust in "exact" mode and nothing in "hidden" mode', () => {
    walk('exact', 100, (env, slot, observation) => {
      const trust = env.done[slot] ? env.finishedTrust[slot] : env.trust[slot];
      expect(observation[L.engagement]).toBe(Math.fround(trust));
    });
    walk('hidden', 100, (_env, _slot, observation) => expect(observation[L.engagement]).toBe(0));
  });

  it('add Gaussian noise of sd 0.1 to the trust in "noisy" mode', () => {
    let count = 0;
    let sum = 0;
    let squares = 0;
    walk('noisy', 300, (env, slot, observation) => {
      const trust = env.done[slot] ? env.finishedTrust[slot] : env.trust[slot];
      if (trust < 0.35 || trust > 0.65) return; // clipping at 0 or 1 would bias the noise
      const noise = observation[L.engagement] - trust;
      count += 1;
      sum += noise;
      squares += noise * noise;
    });
    expect(count).toBeGreaterThan(1000);
    const average = sum / count;
    expect(Math.abs(average)).toBeLessThan(0.01);
    expect(Math.sqrt(squares / count - average * average)).toBeCloseTo(0.1, 2);
  });

  it('clip the engagement signal into [0, 1]', () => {
    expect(engagementSignal('noisy', 0.95, 0.2)).toBe(1);
    expect(engagementSignal('noisy', 0.05, -0.2)).toBe(0);
    expect(engagementSignal('noisy', 0.5, 0.1)).toBeCloseTo(0.6, 12);
    expect(engagementSignal('exact', 0.5, 0.1)).toBe(0.5);
    expect(engagementSignal('hidden', 0.5, 0.1)).toBe(0);
  });

  it('start a session with no last category, no outcome and zero rates', () => {
    const env = new BatchedShopperEnv({ settings: DEFAULT_SIM_SETTINGS, catalog, sessions: 4, shopperSeed: 1, environmentSeed: 2 });
    for (let slot = 0; slot < 4; slot++) {
      const observation = env.observations.subarray(slot * OBSERVATION_SIZE, (slot + 1) * OBSERVATION_SIZE);
      expect(Array.from(observation.subarray(L.lastCategory, L.engagement))).toEqual(new Array(13).fill(0));
    }
  });
});

describe('favouriteObservedCategory', () => {
  it('is the largest preference estimate of the observation at the offset, the first on ties', () => {
    const two = new Float32Array(2 * OBSERVATION_SIZE);
    two.set([0.1, 0.2, 0.6, 0.1, 0.0, 0.0], L.observedPreferences);
    two.set([0.1, 0.3, 0.1, 0.0, 0.3, 0.2], OBSERVATION_SIZE + L.observedPreferences);
    // Later features larger than any estimate are not read as preferences.
    two[L.engagement] = 0.9;
    expect(favouriteObservedCategory(two)).toBe(2);
    expect(favouriteObservedCategory(two, OBSERVATION_SIZE)).toBe(1);
  });
});
