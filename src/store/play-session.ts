// Pure helpers the play slice calls: build the seeded catalog and session, and compare with the references.

import { createCatalog, type Catalog } from '../sim/catalog';
import { ExpectedReturnWork } from '../sim/expected-return';
import { REFERENCE_POLICY_NAMES, createReferencePolicy, type ReferencePolicyName } from '../sim/policies';
import { seededShopper } from '../sim/replay';
import { ShopperSession } from '../sim/session';
import { DEFAULT_SIM_SETTINGS, type SimSettings } from '../sim/settings';
import type { PlaySetup } from '../preset/play-url';

/** One reference policy's return on the student's shopper (the page names the policy in its language). */
export interface PolicyReturn {
  policy: ReferencePolicyName;
  sessionReturn: number;
  steps: number;
}

export function createPlayCatalog(seed: number, settings: SimSettings = DEFAULT_SIM_SETTINGS): Catalog {
  return createCatalog(settings, seed);
}

/** The setup's shopper and coin-flip streams: the same seed and index always give the same shopper and coin flips. */
export const shopperOf = (setup: PlaySetup, catalog: Catalog, settings: SimSettings = DEFAULT_SIM_SETTINGS) =>
  seededShopper(setup.seed, setup.shopperIndex, catalog, settings);

/** A fresh session for the setup's shopper. */
export function createPlaySession(setup: PlaySetup, catalog: Catalog, settings: SimSettings = DEFAULT_SIM_SETTINGS): ShopperSession {
  return new ShopperSession(shopperOf(setup, catalog, settings));
}

/** The reference policies' expected returns for the setup's shopper, to be worked out piece by piece. */
export function createExpectedReturnWork(setup: PlaySetup, catalog: Catalog, settings: SimSettings = DEFAULT_SIM_SETTINGS): ExpectedReturnWork {
  return new ExpectedReturnWork({ ...shopperOf(setup, catalog, settings), policySeed: setup.seed });
}

/** Every reference policy plays the same shopper from the start, each in its own fresh session. */
export function compareWithReferences(setup: PlaySetup, catalog: Catalog, settings: SimSettings = DEFAULT_SIM_SETTINGS): PolicyReturn[] {
  return REFERENCE_POLICY_NAMES.map((policy) => {
    const session = createPlaySession(setup, catalog, settings);
    const sessionReturn = session.playOut(createReferencePolicy(policy, settings, catalog, setup.seed));
    return { policy, sessionReturn, steps: session.steps.length };
  });
}
