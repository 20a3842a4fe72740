// Tests of the advanced drawer's seed refusal: the words it shows when a seed edit would train on the evaluation cohort.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/all-messages';
import { seedRefusal } from './advanced-fields';

describe('seedRefusal', () => {
  const training = { trainingSeed: 1, evaluationSeed: 2024 };

  it('says why a training seed equal to the evaluation seed is not applied, in both languages', () => {
    expect(seedRefusal(training, 'trainingSeed', 2024, MESSAGES.en.lab.advanced)).toBe(
      'Seed 2024 would make the training seed the evaluation seed: the agent would train on exactly the shoppers its score is measured on.',
    );
    expect(seedRefusal(training, 'evaluationSeed', 1, MESSAGES.zh.lab.advanced)).toBe('种子 1 会让训练种子等于评估种子：智能体将在用来给它打分的同一批顾客上训练。');
  });

  it('lets other seeds and other fields through', () => {
    expect(seedRefusal(training, 'trainingSeed', 7, MESSAGES.en.lab.advanced)).toBeNull();
    expect(seedRefusal(training, 'catalogSeed', 2024, MESSAGES.en.lab.advanced)).toBeNull();
  });
});
