// The inspector names files of the repository: each must exist and hold what the inspector says it holds.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Q_LEARNING_UPDATE_SOURCE } from './code-locations';

describe('code locations the inspector shows', () => {
  it('names the module that writes the Q-learning update with autodiff', () => {
    const source = readFileSync(new URL(`../../../${Q_LEARNING_UPDATE_SOURCE}`, import.meta.url), 'utf8');
    expect(source).toContain('export class QLearningUpdate');
    expect(source).toContain('tf.variableGrads');
  });
});
