// Test support: a kept run with neutral values (a finished default run of 1,000 steps and no curves),
// which a test overrides where it matters.
import { DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import type { KeptRun } from '../store/kept-runs';

export function keptRunFixture(overrides: Partial<KeptRun> = {}): KeptRun {
  return {
    id: 'run-1',
    number: 1,
    startedAt: 0,
    endedAt: 1,
    presetName: 'default',
    config: DEFAULT_LAB_CONFIG,
    step: 1000,
    totalSteps: 1000,
    status: 'finished',
    evaluation: null,
    knobChanges: 0,
    returns: { steps: [], values: [] },
    loss: { steps: [], values: [] },
    ...overrides,
  };
}
