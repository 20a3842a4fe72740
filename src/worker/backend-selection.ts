// Picks the tfjs backend for a run: the one asked for, or for 'auto' the fastest in a short timed trial.

import type { DqnConfig } from '../agents/kinds/dqn/description';
import type { ConcreteBackend } from '../contracts/training-config';
import { activateBackend, chooseFastestBackend } from '../engine/backends';
import type { BackendName } from '../contracts/training-config';
import { timeUpdates } from './backend-trial';
import type { BackendReport, WebglReport } from '../contracts/protocol';

/** Timed milliseconds per candidate: with warm-up, the whole trial stays under a second on wasm and cpu. */
const TRIAL_BUDGET_MS = 120;
const FALLBACK_ORDER: readonly ConcreteBackend[] = ['wasm', 'cpu'];

type Trial = BackendReport['trials'][number];

export async function selectBackend(requested: BackendName, dqn: DqnConfig | null, webgl: WebglReport): Promise<BackendReport> {
  if (requested !== 'auto') return startRequested(requested, webgl);
  if (!dqn) {
    await activateBackend('cpu');
    return { backend: 'cpu', requested, trials: [], webgl, reason: { kind: 'no-network' } };
  }
  const skipped: Trial[] = [];
  const candidates: ConcreteBackend[] = ['wasm'];
  if (!webgl.available) skipped.push({ backend: 'webgl', msPerUpdate: null, note: 'WebGL is not available in this browser' });
  else if (webgl.softwareRendered) skipped.push({ backend: 'webgl', msPerUpdate: null, note: 'skipped: WebGL is software-rendered here (about ten times slower than wasm)' });
  else candidates.push('webgl');
  candidates.push('cpu');
  const choice = await chooseFastestBackend(candidates, () => timeUpdates(dqn, TRIAL_BUDGET_MS));
  const trials: Trial[] = [...choice.trials.map(({ backend, msPerUpdate, error }) => ({ backend, msPerUpdate, note: error })), ...skipped];
  const measured = trials.flatMap((trial) => (trial.msPerUpdate === null ? [] : [{ backend: trial.backend, msPerUpdate: trial.msPerUpdate }]));
  const best = measured.find((trial) => trial.backend === choice.chosen);
  return { backend: choice.chosen, requested, trials, webgl, reason: { kind: 'fastest', msPerUpdate: best?.msPerUpdate ?? Number.NaN, measured } };
}

async function startRequested(requested: ConcreteBackend, webgl: WebglReport): Promise<BackendReport> {
  const failures: Trial[] = [];
  // Why each candidate failed: its error message, or null for a WebGL the browser does not have.
  const errors: Array<string | null> = [];
  const order = requested === 'webgl' && !webgl.available ? FALLBACK_ORDER : [requested, ...FALLBACK_ORDER.filter((name) => name !== requested)];
  if (requested === 'webgl' && !webgl.available) {
    failures.push({ backend: 'webgl', msPerUpdate: null, note: 'WebGL is not available in this browser' });
    errors.push(null);
  }
  for (const backend of order) {
    try {
      await activateBackend(backend);
      const reason: BackendReport['reason'] = backend !== requested ? { kind: 'fell-back', requested, failures: errors } : { kind: 'as-chosen' };
      return { backend, requested, trials: failures, webgl, reason };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ backend, msPerUpdate: null, note: message });
      errors.push(message);
    }
  }
  throw new Error(`no tfjs backend could start: ${failures.map((failure) => `${failure.backend}: ${failure.note}`).join('; ')}`);
}
