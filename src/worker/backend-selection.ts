// Picks the tfjs backend for a run: the one asked for, or for 'auto' the fastest in a short timed trial.

import type { DqnConfig } from '../agents/dqn-config';
import { activateBackend, chooseFastestBackend, type ConcreteBackend } from '../engine/backends';
import type { BackendName } from '../engine/training-config';
import { timeUpdates } from './backend-trial';
import type { BackendReport, WebglReport } from './protocol';

/** Timed milliseconds per candidate: with warm-up, the whole trial stays under a second on wasm and cpu. */
const TRIAL_BUDGET_MS = 120;
const FALLBACK_ORDER: readonly ConcreteBackend[] = ['wasm', 'cpu'];

type Trial = BackendReport['trials'][number];

export async function selectBackend(requested: BackendName, dqn: DqnConfig | null, webgl: WebglReport): Promise<BackendReport> {
  const webglNote = describeWebgl(webgl);
  if (requested !== 'auto') return startRequested(requested, webgl, webglNote);
  if (!dqn) {
    await activateBackend('cpu');
    return { backend: 'cpu', requested, trials: [], webgl, summary: `cpu: this agent has no neural network, so there is nothing to time. ${webglNote}`.trim() };
  }
  const skipped: Trial[] = [];
  const candidates: ConcreteBackend[] = ['wasm'];
  if (!webgl.available) skipped.push({ backend: 'webgl', msPerUpdate: null, note: 'WebGL is not available in this browser' });
  else if (webgl.softwareRendered) skipped.push({ backend: 'webgl', msPerUpdate: null, note: 'skipped: WebGL is software-rendered here (about ten times slower than wasm)' });
  else candidates.push('webgl');
  candidates.push('cpu');
  const choice = await chooseFastestBackend(candidates, () => timeUpdates(dqn, TRIAL_BUDGET_MS));
  const trials: Trial[] = [...choice.trials.map(({ backend, msPerUpdate, error }) => ({ backend, msPerUpdate, note: error })), ...skipped];
  const best = trials.find((trial) => trial.backend === choice.chosen);
  const measured = trials
    .filter((trial) => trial.msPerUpdate !== null)
    .map((trial) => `${trial.backend} ${trial.msPerUpdate?.toFixed(1)} ms`)
    .join(', ');
  return {
    backend: choice.chosen,
    requested,
    trials,
    webgl,
    summary: `${choice.chosen}: fastest in a short trial, ${best?.msPerUpdate?.toFixed(1)} ms per update (${measured}). ${webglNote}`.trim(),
  };
}

async function startRequested(requested: ConcreteBackend, webgl: WebglReport, webglNote: string): Promise<BackendReport> {
  const failures: Trial[] = [];
  const order = requested === 'webgl' && !webgl.available ? FALLBACK_ORDER : [requested, ...FALLBACK_ORDER.filter((name) => name !== requested)];
  if (requested === 'webgl' && !webgl.available) failures.push({ backend: 'webgl', msPerUpdate: null, note: 'WebGL is not available in this browser' });
  for (const backend of order) {
    try {
      await activateBackend(backend);
      const fellBack = backend !== requested;
      const reason = failures.map((failure) => failure.note).join('; ');
      const summary = (fellBack ? `${backend}: ${requested} could not start (${reason}), so the lab fell back to ${backend}. ${webglNote}` : `${backend}: as chosen. ${webglNote}`).trim();
      return { backend, requested, trials: failures, webgl, summary };
    } catch (error) {
      failures.push({ backend, msPerUpdate: null, note: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(`no tfjs backend could start: ${failures.map((failure) => `${failure.backend}: ${failure.note}`).join('; ')}`);
}

/** The summary's word on WebGL; a missing or software-rendered WebGL gets its own warning on the page instead. */
function describeWebgl(webgl: WebglReport): string {
  if (!webgl.available || webgl.softwareRendered) return '';
  return `WebGL runs on ${webgl.renderer ?? 'a GPU'}.`;
}
