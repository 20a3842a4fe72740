// The difference line, a side's status and recovery notice, and the compare link's corrections, worded in both languages with
// the lab's names and the lab link's correction wording.
import { describe, expect, it } from 'vitest';
import { abDifferences, setupOf, withSideAgent } from '../../preset/ab-setup';
import { parseAbSearch } from '../../preset/ab-url';
import { parseLabSearch } from '../../preset/lab-url';
import { presetConfig } from '../../preset/presets';
import type { AbSideView } from '../../store/ab-slice';
import { abSideStatus } from '../../store/ab-status';
import { emptyRunView } from '../../store/lab-run';
import { MESSAGES } from '../i18n/all-messages';
import { correctionReasonText } from '../lab/notices/correction-text';
import { differencesLine, presetTitle, sideNoticeText, sideStatusText } from './ab-text';

describe('differencesLine', () => {
  it('names gamma by its symbol, then the other fields B changes by their labels', () => {
    const differences = abDifferences(presetConfig('myopic'), presetConfig('default'));
    expect(differencesLine(MESSAGES.en, differences)).toBe('B differs: γ 0 → 0.999 · n-step return length 1 → 3');
    expect(differencesLine(MESSAGES.zh, differences)).toBe('B 的不同之处：γ 0 → 0.999 · n 步回报的步数 1 → 3');
  });

  it('words the values too, with the sides\' configs where a value needs another field (a hard target update\'s interval)', () => {
    const a = presetConfig('one-step');
    const b = presetConfig('no-target-network');
    const differences = abDifferences(a, b);
    expect(differencesLine(MESSAGES.en, differences, { a, b })).toBe(`B differs: Target network copied every ${a.dqn.targetSyncInterval} updates → none (the online network itself)`);
    expect(differencesLine(MESSAGES.zh, differences, { a, b })).toBe(`B 的不同之处：目标网络 每 ${a.dqn.targetSyncInterval} 次更新复制一次 → 无（即在线网络本身）`);
    const reward = abDifferences(presetConfig('clicks-only'), presetConfig('tabular'));
    for (const language of ['en', 'zh'] as const) {
      const line = differencesLine(MESSAGES[language], reward);
      expect(line).toContain(MESSAGES[language].lab.advanced.fieldLabels.purchaseRewardPerDollar);
      // Schema names stay in links and files: none shows on the page.
      expect(line).not.toMatch(/purchaseRewardPerDollar|targetUpdate|multiStep|[a-z][A-Z]/);
    }
  });

  it('names agents as the lab\'s agent menu does, and says when the two are the same', () => {
    const setup = withSideAgent(setupOf('default', 'default'), 'b', 'heuristic');
    const differences = abDifferences(setup.a.config, setup.b.config);
    expect(differencesLine(MESSAGES.en, differences)).toBe(`B differs: agent ${MESSAGES.en.lab.setup.agents.deepQNetwork} → ${MESSAGES.en.lab.setup.agents.heuristic}`);
    expect(differencesLine(MESSAGES.zh, differences)).toBe(`B 的不同之处：智能体 ${MESSAGES.zh.lab.setup.agents.deepQNetwork} → ${MESSAGES.zh.lab.setup.agents.heuristic}`);
    expect(differencesLine(MESSAGES.en, [])).toBe(MESSAGES.en.ab.noDifference);
  });

  it('names presets by the lab\'s titles', () => {
    expect(presetTitle(MESSAGES.en, 'myopic')).toBe(MESSAGES.en.lab.presets.myopic.title);
    expect(presetTitle(MESSAGES.zh, 'default')).toBe(MESSAGES.zh.lab.presets.default.title);
  });
});

describe('sideNoticeText', () => {
  it('says which side\'s worker stopped, how, and from which checkpoint the lab restarted it, in both languages', () => {
    const restarted = { code: 'worker-restarted', loss: { code: 'silent', seconds: 10 }, lostAt: 48_000, checkpointStep: 40_960 } as const;
    expect(sideNoticeText(MESSAGES.en, restarted, 'B')).toBe(
      "B's training worker stopped (it did not answer for 10 s) at step 48,000. The lab restarted it from the checkpoint at step 40,960; the charts keep the whole history.",
    );
    const zh = sideNoticeText(MESSAGES.zh, restarted, 'B');
    expect(zh).toContain(MESSAGES.zh.notices.loss.silent('10'));
    expect(zh).toContain('40,960');
    expect(zh.startsWith('B ')).toBe(true);
  });

  it('says a side started again from step 0 when its worker died before the first checkpoint', () => {
    const fromStart = { code: 'worker-restarted-from-start', loss: { code: 'unanswered' }, unreadable: null } as const;
    expect(sideNoticeText(MESSAGES.en, fromStart, 'A')).toBe(
      `A's training worker stopped (${MESSAGES.en.notices.loss.unanswered}) before its first checkpoint, so the lab restarted this side from the start.`,
    );
    expect(sideNoticeText(MESSAGES.zh, fromStart, 'A')).toContain('从头');
  });

  it('says why a side started again when its last save could not be loaded', () => {
    const unreadable = { code: 'worker-restarted-from-start', loss: { code: 'unanswered' }, unreadable: { code: 'replay-chunk', index: 2, problem: 'missing' } } as const;
    const en = sideNoticeText(MESSAGES.en, unreadable, 'B');
    expect(en).toContain('part 3 of its replay memory is missing');
    expect(en).toContain('from the start');
    expect(sideNoticeText(MESSAGES.zh, unreadable, 'B')).toContain('第 3 部分缺失');
  });
});

describe('sideStatusText', () => {
  const view = (change: Partial<AbSideView>): AbSideView => ({ phase: 'ready', failure: null, backend: null, run: emptyRunView(1), references: [], waiting: false, ...change });
  const training = view({ run: { ...emptyRunView(1), status: 'running', step: 900 } });
  const text = (t: typeof MESSAGES.en, mine: AbSideView, theirs: AbSideView = training) => sideStatusText(t, abSideStatus(mine, theirs), 'B');

  it('says how a lost worker was lost, in the words of the lab\'s recovery notice', () => {
    const silent = view({ phase: 'error', failure: { code: 'lost', loss: { code: 'silent', seconds: 10 } } });
    expect(text(MESSAGES.en, silent)).toBe("This side's training worker stopped (it did not answer for 10 s). Reset starts it again; the other side trains on.");
    const crashed = view({ phase: 'error', failure: { code: 'lost', loss: { code: 'script-error', detail: 'out of memory' } } });
    expect(text(MESSAGES.zh, crashed)).toContain(MESSAGES.zh.notices.loss.scriptError('out of memory'));
  });

  it('says a side waits for the other, or failed to start with the engine\'s words', () => {
    expect(text(MESSAGES.en, view({ waiting: true }))).toBe('Waiting for B to catch up');
    expect(text(MESSAGES.en, view({ phase: 'error', failure: { code: 'failed', detail: 'no backend' } }))).toContain('(no backend)');
  });

  it('says a side finished, and that the other still has steps to go when it finished first', () => {
    const finished = view({ run: { ...emptyRunView(1), status: 'finished', step: 2_000_000 } });
    expect(text(MESSAGES.en, finished, finished)).toBe('Finished: the steps budget is spent');
    expect(text(MESSAGES.en, finished)).toBe('Finished: the steps budget is spent. B still has steps to go.');
    expect(text(MESSAGES.zh, finished)).toBe('已完成：步数预算已用完。B 还有步数没有跑完。');
  });

  it('words a divergence\'s cause in the page\'s language', () => {
    const cause = { kind: 'non-finite' as const, loss: Number.NaN, maxQ: Number.POSITIVE_INFINITY };
    const diverged = view({ run: { ...emptyRunView(1), status: 'diverged', step: 4200, divergence: { step: 4100, update: 70, reason: 'The loss is not finite.', cause } } });
    expect(text(MESSAGES.en, diverged)).toBe('Diverged at step 4,100 (loss NaN, max Q Infinity). The other side trains on.');
    expect(text(MESSAGES.zh, diverged)).toBe('在第 4,100 步发散（损失 NaN，最大 Q 值 Infinity）。另一侧继续训练。');
  });
});

describe('the compare link\'s corrections', () => {
  it('read as the lab link\'s do, and say which side keys to write', () => {
    const { corrections } = parseAbSearch('?a=nonsense&bgamma=7&gamma=1&hue=red&aseed=3');
    const words = corrections.map((correction) => `${correction.key} ${correctionReasonText(correction.reason, MESSAGES.en)}`);
    expect(words).toEqual([
      `a ${correctionReasonText(parseLabSearch('?preset=nonsense').corrections[0].reason, MESSAGES.en)}`,
      'gamma belongs to one side of the comparison, so it is ignored: write agamma or bgamma',
      `hue ${MESSAGES.en.share.corrections.unknownKey}`,
      'aseed is shared by both sides of the comparison, so it is ignored: write seed',
      'bgamma is above the largest value, 0.999, so 0.999 is used',
    ]);
    // The same key corrected the same way in a lab link and a compare link reads the same.
    expect(words.at(-1)).toBe(`b${correctionReasonText(parseLabSearch('?gamma=7').corrections[0].reason, MESSAGES.en).replace(/^/, 'gamma ')}`);
    expect(correctionReasonText(corrections[1].reason, MESSAGES.zh)).toBe('只属于对比中的某一侧，已忽略：请写成 agamma 或 bgamma');
  });
});
