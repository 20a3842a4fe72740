// The runs list's words and the overlays' looks: differing settings worded per run, one style per slot.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../../../contracts/lab-config';
import { differingSettings, type KeptRun } from '../../../store/kept-runs';
import { keptRunFixture } from '../../../testing/kept-run-fixture';
import { MAX_OVERLAYS } from '../../../store/lab-runs-slice';
import { MESSAGES } from '../../i18n/all-messages';
import { OVERLAY_STYLES } from './overlay-style';
import { differingText, runName } from './run-labels';

const kept = (patch: Parameters<typeof applyPatch>[1], number = 1): KeptRun => keptRunFixture({ id: `run-${number}`, number, config: applyPatch(DEFAULT_LAB_CONFIG, patch) });

const en = MESSAGES.en;
const zh = MESSAGES.zh;

describe('run labels', () => {
  it('words each run by the settings that differ, by label, with the textbook symbols and values in words', () => {
    const runs = [kept({ dqn: { discount: 0, learningRate: 0.001 } }), kept({ dqn: { discount: 0.99, learningRate: 0.0005, doubleDqn: false } })];
    const names = differingSettings(runs.map((run) => run.config));
    expect(differingText(runs[0], names, en)).toBe('α 0.001 · γ 0 · Double DQN yes');
    expect(differingText(runs[1], names, en)).toBe('α 0.0005 · γ 0.99 · Double DQN no');
    expect(differingText(runs[1], names, zh)).toBe('α 0.0005 · γ 0.99 · 双重 DQN 否');
  });

  it('labels a budget and a target update in words, never by the schema name', () => {
    const runs = [kept({ training: { totalSteps: 150_000 } }), kept({ training: { totalSteps: 20_000 }, dqn: { targetUpdate: 'none' } })];
    const names = differingSettings(runs.map((run) => run.config));
    expect(differingText(runs[0], names, en)).toBe('Target network copied every 125 updates · Step budget 150,000');
    expect(differingText(runs[1], names, en)).toBe('Target network none (the online network itself) · Step budget 20,000');
    expect(differingText(runs[0], names, zh)).toBe('目标网络 每 125 次更新复制一次 · 训练步数预算 150,000');
    for (const run of runs) for (const text of [differingText(run, names, en), differingText(run, names, zh)]) expect(text).not.toMatch(/totalSteps|targetUpdate/);
  });

  it('says n/a for a setting that does not apply to the run, and names the agent in each language', () => {
    const runs = [kept({ agent: 'tabular' }), kept({ dqn: { hiddenWidth: 16 } }), kept({ dqn: { hiddenWidth: 32 } })];
    const names = differingSettings(runs.map((run) => run.config));
    expect(names).toContain('hiddenWidth');
    expect(differingText(runs[0], names, en)).toMatch(/^agent Tabular Q-learning · .*Hidden layer width n\/a/);
    expect(differingText(runs[1], names, zh)).toMatch(/^智能体 深度 Q 网络（DQN） · .*隐藏层宽度 16/);
  });

  it('names a run by its preset title and number, or its preset name when the title is unknown', () => {
    expect(runName(kept({}, 3), new Map([['default', 'Default']]), en.runs)).toBe('Default #3');
    expect(runName(kept({}, 4), new Map(), en.runs)).toBe('default #4');
  });
});

describe('overlay styles', () => {
  it('has one distinct colour and dash per overlay slot', () => {
    expect(OVERLAY_STYLES).toHaveLength(MAX_OVERLAYS);
    expect(new Set(OVERLAY_STYLES.map((style) => style.color)).size).toBe(MAX_OVERLAYS);
    expect(new Set(OVERLAY_STYLES.map((style) => style.dash)).size).toBe(MAX_OVERLAYS);
  });
});
