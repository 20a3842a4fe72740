// The structured notices in words: every code of a run notice, a file refusal, a file message, an
// autosave problem and a link correction reads in English and in Chinese, with its numbers and values in it.
import { describe, expect, it } from 'vitest';
import type { CheckpointRefusal } from '../../../contracts/checkpoint-refusal';
import type { FileProblem } from '../../../contracts/file-problem';
import { parseLabSearch } from '../../../preset/lab-url';
import { PRESET_NAMES } from '../../../preset/presets';
import type { AutosaveProblem, FileMessage } from '../../../store/lab-files-slice';
import type { RunNotice } from '../../../store/lab-run';
import type { FileRefusal } from '../../../contracts/protocol';
import { MESSAGES } from '../../i18n/all-messages';
import { correctionReasonText } from './correction-text';
import { ageText, autosaveProblemText, fileMessageText, refusalReasonText } from './file-text';
import { runNoticeText } from './run-notice-text';

const { en, zh } = MESSAGES;
const CJK = /[\u3400-\u9fff]/;

/** One example of each code (the Record's keys make a new code without an example a type error). */
const PROBLEMS: { [Code in FileProblem['code']]: [Extract<FileProblem, { code: Code }>, string[]] } = {
  'too-large': [{ code: 'too-large', bytes: 300_000_000, limit: 268_435_456 }, ['300 MB', '268 MB']],
  'not-lab-file': [{ code: 'not-lab-file' }, ['QSHOPLAB']],
  'container-version': [{ code: 'container-version', version: 7, supported: 1 }, ['7', '1']],
  truncated: [{ code: 'truncated', bytes: 1200, expected: 5400 }, ['1200', '5400']],
  'trailing-bytes': [{ code: 'trailing-bytes', extra: 13 }, ['13']],
  checksum: [{ code: 'checksum' }, []],
  'not-model-file': [{ code: 'not-model-file', format: 'zip' }, ['zip']],
  'model-version': [{ code: 'model-version', version: '9', supported: 1 }, ['9', '1']],
  unreadable: [{ code: 'unreadable', part: 'sessions' }, ['sessions']],
  'bad-value': [{ code: 'bad-value', field: 'trainer.step' }, ['trainer.step']],
  'not-finite': [{ code: 'not-finite', array: 'parameters' }, ['parameters']],
  'unknown-item': [{ code: 'unknown-item', array: 'actions' }, ['actions']],
  'omits-other-arrays': [{ code: 'omits-other-arrays' }, []],
};

const CHECKPOINTS: { [Code in CheckpointRefusal['code']]: [Extract<CheckpointRefusal, { code: Code }>, string[]] } = {
  'wrong-kind': [{ code: 'wrong-kind', saved: 'tabular', expected: 'dqn' }, ['DQN']],
  'wrong-signature': [{ code: 'wrong-signature', saved: 'dqn mlp 20-16-16-24', expected: 'dqn mlp 20-32-32-24' }, ['dqn mlp 20-16-16-24', 'dqn mlp 20-32-32-24']],
  'missing-array': [{ code: 'missing-array', name: 'replayDone' }, ['replayDone']],
  'array-length': [{ code: 'array-length', name: 'secondMoment', length: 3, expected: 2456 }, ['secondMoment', '3', '2456']],
  'missing-counter': [{ code: 'missing-counter', name: 'optimizerSteps' }, ['optimizerSteps']],
  'counter-range': [{ code: 'counter-range', name: 'replayStored', value: 9001 }, ['replayStored', '9001']],
  'no-random-state': [{ code: 'no-random-state' }, []],
  'round-state': [{ code: 'round-state' }, []],
  'env-state': [{ code: 'env-state' }, []],
  'env-inconsistent': [{ code: 'env-inconsistent', field: 'clicks', slot: 4 }, ['clicks', '5']],
};

const REFUSALS: { [Code in Exclude<FileRefusal['code'], 'file' | 'checkpoint'>]: [Extract<FileRefusal, { code: Code }>, string[]] } = {
  'link-settings': [{ code: 'link-settings', key: 'gamma', reason: { code: 'value', problem: { code: 'above-max', max: 0.999 }, fallback: null } }, ['gamma', '0.999']],
  'not-a-link': [{ code: 'not-a-link' }, []],
  'omits-unknown': [{ code: 'omits-unknown', name: 'replayWeights' }, ['replayWeights']],
  'network-not-finite': [{ code: 'network-not-finite' }, []],
  replaced: [{ code: 'replaced' }, []],
  'stored-run': [{ code: 'stored-run', problem: { code: 'replay-chunk', index: 6, problem: 'stale' } }, ['7']],
  unexpected: [{ code: 'unexpected', detail: 'out of memory' }, ['out of memory']],
};

const ALL_REFUSALS: Array<[FileRefusal, string[]]> = [
  ...Object.values(PROBLEMS).map(([problem, values]): [FileRefusal, string[]] => [{ code: 'file', problem }, values]),
  ...Object.values(CHECKPOINTS).map(([refusal, values]): [FileRefusal, string[]] => [{ code: 'checkpoint', refusal }, values]),
  ...Object.values(REFUSALS),
];

describe('a refused model file, in words', () => {
  it('words every refusal in both languages, each its own sentence, with its values in it', () => {
    for (const language of [en, zh]) {
      const texts = ALL_REFUSALS.map(([refusal, values]) => {
        const text = refusalReasonText(refusal, language);
        for (const value of values) expect(text, JSON.stringify(refusal)).toContain(value);
        if (language === zh) expect(text, JSON.stringify(refusal)).toMatch(CJK);
        return text;
      });
      // Codes that share words: a missing array and a missing counter ("the checkpoint has no …") differ by name.
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('says in English what the lab said before the messages had codes', () => {
    const refused = (refusal: FileRefusal) => fileMessageText({ code: 'refused', refusal }, en, 'en');
    expect(refused({ code: 'file', problem: { code: 'checksum' } })).toBe('This file cannot be loaded: it is corrupt: its checksum does not match its contents.');
    expect(refused({ code: 'checkpoint', refusal: CHECKPOINTS['wrong-kind'][0] })).toBe('This file cannot be loaded: it is a tabular checkpoint, not a DQN one.');
    expect(refused(REFUSALS['link-settings'][0])).toBe('This file cannot be loaded: its settings are not ones this lab runs (gamma is above the largest value, 0.999, so 0.999 is used).');
    expect(refused({ code: 'file', problem: PROBLEMS['too-large'][0] })).toBe('This file cannot be loaded: it is 300 MB, larger than any lab file can be (268 MB).');
  });

  it('says it in Chinese around the same reason', () => {
    const text = fileMessageText({ code: 'refused', refusal: { code: 'file', problem: PROBLEMS.truncated[0] } }, zh, 'zh');
    expect(text).toBe('无法载入此文件：文件不完整：只有 1200 字节，应有 5400 字节。');
  });
});

describe('the date a loaded file was saved', () => {
  it('names the month, so the date reads one way only in either language', () => {
    // Midday UTC: the 2nd of January in every time zone a test machine may have.
    const loaded: FileMessage = { code: 'loaded', savedAt: '2025-01-02T12:04:05Z', step: 48_000 };
    const english = fileMessageText(loaded, en, 'en');
    expect(english).toContain('2 Jan 2025, ');
    expect(english).not.toMatch(/\d\d\/\d\d\/2025/);
    expect(fileMessageText(loaded, zh, 'zh')).toContain('2025年1月2日 ');
  });
});

describe('the files panel and the run banner, in words', () => {
  const messages: Array<[FileMessage, string[]]> = [
    [{ code: 'loaded', savedAt: '2025-01-02T03:04:05Z', step: 48_000 }, ['48,000', '2025']],
    [{ code: 'evaluated', step: 12_800, meanReturn: 3.14159, percentOfOracle: 87.25 }, ['12,800', '3.1416', '87.3']],
    [{ code: 'nothing-to-export' }, []],
    [{ code: 'failed', detail: 'DataCloneError' }, ['DataCloneError']],
  ];
  const problems: Array<[AutosaveProblem, string[]]> = [
    [{ code: 'unavailable', detail: 'The quota has been exceeded.' }, ['The quota has been exceeded.']],
    [{ code: 'without-replay' }, []],
    [{ code: 'refused', detail: 'QuotaExceededError' }, ['QuotaExceededError']],
  ];
  const notices: Array<[RunNotice, string[]]> = [
    [{ code: 'context-lost', lostAt: 64_000, restoredStep: 61_440, backend: 'wasm' }, ['64,000', '61,440', 'wasm']],
    [{ code: 'worker-restarted', loss: { code: 'silent', seconds: 10 }, lostAt: 4000, checkpointStep: 3200 }, ['10', '4,000', '3,200']],
    [{ code: 'worker-restarted-from-start', loss: { code: 'script-error', detail: 'Out of memory' }, unreadable: null }, ['Out of memory']],
    [{ code: 'worker-restarted-from-start', loss: { code: 'unanswered' }, unreadable: null }, []],
    [{ code: 'worker-restarted-from-start', loss: { code: 'unanswered' }, unreadable: { code: 'replay-chunk', index: 11, problem: 'missing' } }, ['12']],
    [{ code: 'worker-restarted-from-start', loss: { code: 'unanswered' }, unreadable: { code: 'storage', detail: 'UnknownError' } }, ['UnknownError']],
  ];

  it('words every file message, autosave problem and run notice in both languages with its values', () => {
    for (const [language, name] of [[en, 'en'], [zh, 'zh']] as const) {
      const texts = [
        ...messages.map(([message, values]) => [fileMessageText(message, language, name), values] as const),
        ...problems.map(([problem, values]) => [autosaveProblemText(problem, language), values] as const),
        ...notices.map(([notice, values]) => [runNoticeText(notice, language), values] as const),
      ];
      for (const [text, values] of texts) {
        for (const value of values) expect(text).toContain(value);
        if (name === 'zh') expect(text).toMatch(CJK);
      }
      expect(new Set(texts.map(([text]) => text)).size).toBe(texts.length);
    }
  });

  it('keeps the English the page and its end-to-end tests read', () => {
    expect(runNoticeText(notices[1][0], en)).toBe(
      'The training worker stopped (it did not answer for 10 s) at step 4,000. The lab restarted it from the checkpoint at step 3,200; the charts keep the whole history.',
    );
    expect(fileMessageText(messages[1][0], en, 'en')).toBe('Greedy evaluation at step 12,800: mean return 3.1416 (87.3% of oracle).');
    expect(runNoticeText(notices[0][0], zh)).toContain('WebGL 上下文在第 64,000 步丢失');
  });

  it('says how old a saved run is, in each language', () => {
    expect(ageText({ unit: 'minute', count: 1 }, en)).toBe('1 minute ago');
    expect(ageText({ unit: 'day', count: 3 }, en)).toBe('3 days ago');
    expect(ageText(null, en)).toBe('just now');
    expect(zh.files.offer.questionUnnamed(ageText({ unit: 'hour', count: 2 }, zh), '48,000')).toBe('要恢复 2 小时前保存的运行（第 48,000 步）吗？');
    expect(en.files.offer.question('Myopic (γ = 0)', ageText(null, en), '22,016')).toBe('Resume the “Myopic (γ = 0)” run saved just now, at step 22,016?');
  });
});

describe('a link correction, in words', () => {
  const worded = (search: string, language: typeof en) => parseLabSearch(search).corrections.map(({ key, reason }) => `${key}: ${correctionReasonText(reason, language)}`);

  it('reads in English as the lab wrote it before', () => {
    expect(worded('?v=9&preset=nonsense&gamma=1.5&alpha=-3&hiddenWidth=7.6&gama=0.5', en)).toEqual([
      'v: is not a link version this lab knows, so the link is read as version 5',
      `preset: is not one of the presets (${PRESET_NAMES.join(', ')}), so the default preset is used`,
      'alpha: is below the smallest value, 0.00001, so 0.00001 is used',
      'gamma: is above the largest value, 0.999, so 0.999 is used',
      'hiddenWidth: is not a whole number, so 8 is used',
      'gama: is not a setting of the lab, so it is ignored',
    ]);
    expect(worded('?gamma=0.5&gamma=0.7&discount=0.2&agent=robot&present=banana&hide=wings', en)).toEqual([
      'gamma: is given 2 times, so the first, 0.5, is used',
      "agent: is not one of dqn, tabular, random, most-popular, myopic-oracle, heuristic, observation-planner, dp-oracle, so the preset's agent, dqn, is used",
      "discount: sets the same field as gamma, so gamma's value is used",
      'hide: is not a control that can be hidden (preset, agent, alpha, gamma, epsilon, advanced, backend, inspector, explanations, runs), so it is ignored',
      'present: is not true or false, so it is off',
    ]);
  });

  it('says why a training seed equal to the evaluation seed is moved, in both languages', () => {
    expect(worded('?seed=2024', en)).toEqual([
      'seed: makes the training seed the evaluation seed, 2024: the agent would train on exactly the shoppers it is scored on, so training seed 1 is used',
    ]);
    expect(worded('?evaluationSeed=1', zh)).toEqual(['evaluationSeed: 会让训练种子等于评估种子 1：智能体将在给它打分的同一批顾客上训练，因此改用训练种子 2']);
  });

  it('says which of the earlier defaults a link of version 1, 2, 3 or 4 opens with, in both languages', () => {
    expect(worded('?v=1', en)).toEqual(["v: is a link made with the lab's earlier defaults (Learning rate α 0.001, Loss function Huber, Discount γ 0.99, Policy averaging rate 0.005, Steps between learning 4), so it opens with those, as it was shared"]);
    expect(worded('?v=1&preset=myopic', en)).toEqual(["v: is a link made with the lab's earlier defaults (Learning rate α 0.001, Loss function Huber, Policy averaging rate 0.005, Steps between learning 4), so it opens with those, as it was shared"]);
    expect(worded('?v=2', en)).toEqual(["v: is a link made with the lab's earlier defaults (Learning rate α 0.001, Policy averaging rate 0.005, Steps between learning 4), so it opens with those, as it was shared"]);
    expect(worded('?v=3', en)).toEqual(["v: is a link made with the lab's earlier defaults (Learning rate α 0.001, Steps between learning 4), so it opens with those, as it was shared"]);
    expect(worded('?v=4', en)).toEqual(["v: is a link made with the lab's earlier defaults (Learning rate α 0.001), so it opens with those, as it was shared"]);
    expect(worded('?v=4', zh)).toEqual([expect.stringContaining(`${zh.lab.advanced.fieldLabels.learningRate} 0.001`)]);
    const [chinese] = worded('?v=1', zh);
    expect(chinese).toMatch(CJK);
    expect(chinese).toContain(`${zh.lab.advanced.fieldLabels.discount} 0.99`);
    expect(chinese).toContain(`${zh.lab.advanced.fieldLabels.loss} ${zh.lab.advanced.fieldChoices.huber}`);
    expect(chinese).toContain(`${zh.lab.advanced.fieldLabels.policyAveraging} 0.005`);
    expect(chinese).toContain(`${zh.lab.advanced.fieldLabels.trainFrequency} 4`);
  });

  it('reads in Chinese with the same values', () => {
    expect(worded('?gamma=7&seed=abc&hide=wings', zh)).toEqual([
      'gamma: 超过了最大值 0.999，因此使用 0.999',
      'seed: 不是数字，因此使用预设的值 1',
      'hide: 不是可以隐藏的控件（preset、agent、alpha、gamma、epsilon、advanced、backend、inspector、explanations、runs），已忽略',
    ]);
    for (const text of worded('?v=9&preset=x&gamma=0.5&gamma=0.7&discount=0.2&agent=robot&present=banana&hiddenWidth=7.6&gama=1', zh)) expect(text).toMatch(CJK);
  });
});
