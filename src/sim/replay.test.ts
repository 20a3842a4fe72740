import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog';
import { ExpectedReturnWork } from './expected-return';
import { createReferencePolicy, type Policy } from './policies';
import { counterfactualSession, estimatedReturn, recordedPicks, seededShopper, sessionOfPicks } from './replay';
import { ShopperSession } from './session';
import { DEFAULT_SIM_SETTINGS } from './settings';

const settings = DEFAULT_SIM_SETTINGS;
const catalog = createCatalog(settings, 42);
const shopper = seededShopper(42, 50, catalog, settings);

/** A student who picks item (3 k + 1) mod 24 at step k: not any reference policy's choices. */
function studentSession() {
  const session = new ShopperSession(shopper);
  for (let k = 0; !session.done; k++) session.step((3 * k + 1) % 24);
  return session.steps;
}

describe('counterfactual sessions', () => {
  it('reproduce the student session exactly when the policy makes the student choices', () => {
    const student = studentSession();
    expect(student.length).toBeGreaterThan(1);
    const replayed = counterfactualSession(shopper, recordedPicks(student.map((step) => step.item.index)));
    expect(replayed.map((step) => [step.item.index, step.outcome, step.reward, step.trustAfter, step.sessionReturn])).toEqual(
      student.map((step) => [step.item.index, step.outcome, step.reward, step.trustAfter, step.sessionReturn]),
    );
    expect(sessionOfPicks(shopper, student.map((step) => step.item.index))).toEqual(replayed);
  });

  it('give the DP oracle the return its expected value is averaged over: its own session on these coin flips', () => {
    const oracle = createReferencePolicy('dp-oracle', settings, catalog, 42);
    const replay = counterfactualSession(shopper, oracle);
    const session = new ShopperSession(shopper);
    const sample = session.playOut(createReferencePolicy('dp-oracle', settings, catalog, 42));
    expect(replay.at(-1)?.sessionReturn).toBe(sample);
    // The sample is one draw of the quantity whose mean is the oracle's exact expected return.
    const work = new ExpectedReturnWork({ ...shopper, policySeed: 42, repeats: 2 });
    work.advance();
    const expected = work.results?.find((entry) => entry.policy === 'dp-oracle');
    expect(expected?.method).toBe('exact');
    expect(Number.isFinite(expected?.mean)).toBe(true);
  });

  it('meet the same click coin whatever is picked: every first pick with a higher click probability than a clicked one is clicked', () => {
    const firstSteps = Array.from({ length: 24 }, (_, item) => sessionOfPicks(shopper, [item])[0]);
    const clicked = firstSteps.filter((step) => step.outcome !== 'ignored').map((step) => step.clickProbability);
    const ignored = firstSteps.filter((step) => step.outcome === 'ignored').map((step) => step.clickProbability);
    expect(clicked.length).toBeGreaterThan(0);
    expect(ignored.length).toBeGreaterThan(0);
    // One uniform u decides every pick's click: clicked exactly where P(click) > u.
    expect(Math.min(...clicked)).toBeGreaterThan(Math.max(...ignored));
  });

  it('estimate a policy expected return near its exact value (the control variate is unbiased)', () => {
    const heuristic = createReferencePolicy('heuristic', settings, catalog, 42);
    const myopic = createReferencePolicy('myopic-oracle', settings, catalog, 42);
    const work = new ExpectedReturnWork({ ...shopper, policySeed: 42, repeats: 2 });
    work.advance();
    const exact = work.results?.find((entry) => entry.policy === 'myopic-oracle')?.mean ?? Number.NaN;
    const estimate = estimatedReturn(shopper, myopic as Policy, heuristic, 400);
    expect(estimate.sessions).toBe(400);
    expect(Math.abs(estimate.mean - exact)).toBeLessThan(Math.max(3 * estimate.ci95, 0.05));
  });
});
