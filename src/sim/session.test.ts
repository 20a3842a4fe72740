// Tests of one shopper's session: every step detail agrees with the specification's formulas,
// written out again here independently of dynamics.ts.
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { ObservationLayout } from './observation';
import { heuristicPolicy, randomPolicy } from './policies';
import { ShopperSession } from './session';
import { DEFAULT_SIM_SETTINGS, OBSERVATION_SIZE } from './settings';

const settings = { ...DEFAULT_SIM_SETTINGS };
const catalog = createCatalog(settings, 42);
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function session(shopperIndex: number): ShopperSession {
  return new ShopperSession({ settings, catalog, shopperSeed: 1234, environmentSeed: 5678, shopperIndex });
}

describe('ShopperSession', () => {
  it('reports P(click), P(buy | click), trust, P(leave) and reward exactly as the spec computes them', () => {
    const outcomesSeen = new Set<string>();
    for (let shopperIndex = 0; shopperIndex < 40; shopperIndex++) {
      const play = session(shopperIndex);
      const { preferences, priceSensitivity, startTrust } = play.shopper;
      let trust = startTrust;
      let sessionReturn = 0;
      let step = 0;
      while (!play.done) {
        const item = (shopperIndex * 7 + step * 5) % 24; // a fixed, varied sequence of recommendations
        const detail = play.step(item);
        step += 1;
        const { clickbait: b, quality: q, price, category } = catalog.items[item];
        const affinity = Math.log(6 * preferences[category] + 0.001);
        const pClick = sigmoid(-1.0 + 1.5 * affinity + 2.5 * (b - 0.5) + 2.0 * (trust - 0.5));
        const pBuy = sigmoid(-1.2 + 1.0 * affinity + 1.0 * (b - 0.5) + 3.0 * (trust - 0.5) - priceSensitivity * Math.log(price / 40));
        expect(detail.step).toBe(step);
        expect(detail.trustBefore).toBeCloseTo(trust, 12);
        expect(detail.clickProbability).toBeCloseTo(pClick, 12);
        expect(detail.purchaseProbability).toBeCloseTo(pBuy, 12);
        let next = trust;
        if (detail.outcome === 'ignored') next -= 0.01;
        else next += 0.1 * (0.5 - b);
        if (detail.outcome === 'bought') next += 0.3 * (q - 0.55);
        next = Math.min(1, Math.max(0, next));
        expect(detail.trustAfter).toBeCloseTo(next, 12);
        const reward = detail.outcome === 'ignored' ? 0 : detail.outcome === 'clicked' ? 0.1 : 0.1 + price / 100;
        expect(detail.reward).toBeCloseTo(reward, 6); // rewards are stored as float32
        expect(detail.leaveProbability).toBeCloseTo(Math.min(1, 0.02 + 0.3 * (1 - next) ** 2 + (detail.outcome === 'ignored' ? 0.03 : 0)), 12);
        sessionReturn += detail.reward;
        expect(detail.sessionReturn).toBeCloseTo(sessionReturn, 5);
        expect(detail.done).toBe(detail.left || step === 50);
        expect(detail.left).toBe(detail.done && step < 50);
        expect(detail.observation).toHaveLength(OBSERVATION_SIZE);
        expect(detail.observation[ObservationLayout.progress]).toBeCloseTo(step / 50, 6);
        expect(play.trust).toBe(detail.trustAfter);
        trust = detail.trustAfter;
        outcomesSeen.add(detail.outcome);
      }
      expect(play.steps).toHaveLength(step);
    }
    expect([...outcomesSeen].sort()).toEqual(['bought', 'clicked', 'ignored']);
  });

  it('refuses a step after the session has ended', () => {
    const play = session(3);
    play.playOut(heuristicPolicy());
    expect(play.done).toBe(true);
    expect(() => play.step(0)).toThrow(/ended/);
  });

  it('replays the same session for the same shopper and the same recommendations', () => {
    const first = session(11);
    const second = session(11);
    first.playOut(randomPolicy(9));
    second.playOut(randomPolicy(9));
    expect(second.steps.map((detail) => [detail.item.index, detail.outcome, detail.trustAfter])).toEqual(
      first.steps.map((detail) => [detail.item.index, detail.outcome, detail.trustAfter]),
    );
  });

  it('starts with an observation of the shopper before any recommendation', () => {
    const play = session(0);
    const observation = play.observation;
    expect(observation).toHaveLength(OBSERVATION_SIZE);
    const history = Array.from(observation.subarray(0, 6)).reduce((total, share) => total + share, 0);
    expect(history).toBeCloseTo(1, 5);
    expect(Array.from(observation.subarray(6, 19)).every((value) => value === 0)).toBe(true);
    expect(play.trust).toBe(play.shopper.startTrust);
  });
});
