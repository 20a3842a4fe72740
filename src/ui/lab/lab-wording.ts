// The values the worker and the store send (backend reasons, divergence causes), worded
// in the page's language: the lower layers produce codes and numbers, the page says them.
import { DQN_KIND, configSectionOf } from '../../contracts/agent-kinds';
import type { LabConfig } from '../../contracts/lab-config';
import type { DivergenceCause } from '../../contracts/trainer-state';
import type { BackendReport } from '../../contracts/protocol';
import type { Messages } from '../i18n/messages';
import { formatExact, formatStep } from './charts/chart-data';

type Lab = Messages['lab'];

/** The backend in a word or two: "wasm", "webgl (software)". */
export function backendLabel(report: BackendReport, lab: Lab): string {
  return report.backend === 'webgl' && report.webgl.softwareRendered ? lab.backend.softwareWebgl : report.backend;
}

export function howChosen(report: BackendReport, lab: Lab): string {
  return report.requested === 'auto' ? lab.backend.chosenAutomatically : lab.backend.chosenByYou;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** Why this backend trains, in one or two sentences (a missing or software-rendered WebGL gets its own warning instead). */
export function backendSummary(report: BackendReport, lab: Lab): string {
  const text = lab.backend;
  const { reason, backend, webgl } = report;
  let why: string;
  if (reason.kind === 'no-network') why = text.noNetwork(backend);
  else if (reason.kind === 'fastest') {
    const measured = reason.measured.map((trial) => text.measured(trial.backend, ms(trial.msPerUpdate))).join(text.listSeparator);
    why = text.fastest(backend, ms(reason.msPerUpdate), measured);
  } else if (reason.kind === 'as-chosen') why = text.asChosen(backend);
  else {
    const failures = reason.failures.map((failure) => failure ?? text.noWebglInBrowser).join(text.failureSeparator);
    why = text.fellBack(backend, reason.requested, failures);
  }
  const webglNote = webgl.available && !webgl.softwareRendered ? text.webglRunsOn(webgl.renderer ?? text.aGpu) : '';
  return `${why} ${webglNote}`.trim();
}

/** The non-finite numbers a diverged run stopped on, or the error its update threw. */
export function divergenceCause(cause: DivergenceCause | undefined, lab: Lab): string {
  if (!cause) return '';
  return cause.kind === 'non-finite' ? lab.status.nonFinite(formatExact(cause.loss), formatExact(cause.maxQ)) : lab.status.updateFailed(cause.message);
}

/**
 * What the greedy evaluation acts on, when that is an average of the weights (the DQN's policy averaging): the
 * score then follows the network's learning, and a knob turned mid-run, by up to as many updates as the average
 * spans: every update so far until update 1 / rate (averagingRate in src/agents/dqn.ts), then about the last 1 / rate.
 * Null for an agent that evaluates its latest values.
 */
export function averagedPolicyNote(config: LabConfig, lab: Lab): string | null {
  if (configSectionOf(config.agent) !== DQN_KIND.id || !(config.dqn.policyAveraging > 0)) return null;
  return lab.score.averaged(formatStep(1 / config.dqn.policyAveraging));
}
