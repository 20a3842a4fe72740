// The worker's and the store's values worded for the page: in English as the lab always said them, in Chinese alike.
import { describe, expect, it } from 'vitest';
import type { BackendReport, WebglReport } from '../../contracts/protocol';
import { MESSAGES } from '../i18n/all-messages';
import { averagedPolicyNote, backendLabel, backendSummary, divergenceCause } from './lab-wording';
import { presetConfig } from '../../preset/presets';

const en = MESSAGES.en.lab;
const zh = MESSAGES.zh.lab;
const software: WebglReport = { available: true, renderer: 'SwiftShader', softwareRendered: true };
const gpu: WebglReport = { available: true, renderer: 'ANGLE (NVIDIA)', softwareRendered: false };

function report(reason: BackendReport['reason'], rest: Partial<BackendReport> = {}): BackendReport {
  return { backend: 'wasm', requested: 'auto', trials: [], webgl: software, reason, ...rest };
}

describe('backendSummary', () => {
  it('words the trial, with each measured time', () => {
    const fastest = report({ kind: 'fastest', msPerUpdate: 4.123, measured: [{ backend: 'wasm', msPerUpdate: 4.123 }, { backend: 'cpu', msPerUpdate: 31 }] });
    expect(backendSummary(fastest, en)).toBe('wasm: fastest in a short trial, 4.1 ms per update (wasm 4.1 ms, cpu 31.0 ms).');
    expect(backendSummary(fastest, zh)).toBe('wasm：短时测试中最快，每次更新 4.1 毫秒（wasm 4.1 毫秒，cpu 31.0 毫秒）。');
  });

  it('names the GPU when WebGL runs on one, and says nothing of a software one (it has its own warning)', () => {
    expect(backendSummary(report({ kind: 'as-chosen' }, { backend: 'webgl', requested: 'webgl', webgl: gpu }), en)).toBe('webgl: as chosen. WebGL runs on ANGLE (NVIDIA).');
    expect(backendSummary(report({ kind: 'as-chosen' }, { backend: 'cpu', requested: 'cpu' }), zh)).toBe('cpu：按你的选择。');
  });

  it('says why it fell back, and that an agent without a network needs no trial', () => {
    const fellBack = report({ kind: 'fell-back', requested: 'webgl', failures: [null, 'wasm failed to load'] }, { backend: 'cpu', requested: 'webgl' });
    expect(backendSummary(fellBack, en)).toBe('cpu: webgl could not start (WebGL is not available in this browser; wasm failed to load), so the lab fell back to cpu.');
    expect(backendSummary(fellBack, zh)).toContain('此浏览器不支持 WebGL；wasm failed to load');
    expect(backendSummary(report({ kind: 'no-network' }, { backend: 'cpu' }), en)).toContain('no neural network');
  });

  it('labels a software-rendered WebGL in words', () => {
    expect(backendLabel(report({ kind: 'as-chosen' }, { backend: 'webgl' }), en)).toBe('webgl (software)');
    expect(backendLabel(report({ kind: 'as-chosen' }, { backend: 'webgl' }), zh)).toBe('webgl（软件渲染）');
    expect(backendLabel(report({ kind: 'as-chosen' }, { backend: 'webgl', webgl: gpu }), zh)).toBe('webgl');
  });
});

describe('divergenceCause', () => {
  it('give the numbers a run diverged on, or the error its update threw', () => {
    expect(divergenceCause({ kind: 'non-finite', loss: Number.NaN, maxQ: Number.POSITIVE_INFINITY }, en)).toBe('loss NaN, max Q Infinity');
    expect(divergenceCause({ kind: 'non-finite', loss: 1234567, maxQ: 2 }, zh)).toBe('损失 1.235e+6，最大 Q 值 2');
    expect(divergenceCause({ kind: 'error', message: 'boom' }, en)).toBe('the update failed: boom');
    expect(divergenceCause(undefined, en)).toBe('');
  });
});

describe('averagedPolicyNote', () => {
  it('says how many updates the greedy policy\'s average spans, for a DQN that keeps one', () => {
    const config = presetConfig('default');
    expect(averagedPolicyNote(config, en)).toBe(en.score.averaged((1 / config.dqn.policyAveraging).toLocaleString('en-US')));
    expect(averagedPolicyNote({ ...config, dqn: { ...config.dqn, policyAveraging: 0.005 } }, en)).toContain('about the last 200 updates');
    expect(averagedPolicyNote(config, zh)).toMatch(/[\u3400-\u9fff]/);
  });

  it('says nothing for an agent that evaluates its latest values: no average, or no network', () => {
    expect(averagedPolicyNote(presetConfig('one-step'), en)).toBeNull();
    expect(averagedPolicyNote(presetConfig('tabular'), en)).toBeNull();
  });
});
