// The compare page's sentences built from structured values: what B changes from A, a side's status, and
// the names of presets and agents (the lab's, so one name is written once).
import { agentChoiceMessageKey } from '../../contracts/agent-kinds';
import type { LabConfig } from '../../contracts/lab-config';
import type { AbDifference } from '../../preset/ab-setup';
import type { PresetName } from '../../preset/presets';
import type { AbSideStatus } from '../../store/ab-status';
import type { Messages } from '../i18n/messages';
import { formatStep } from '../lab/charts/chart-data';
import { divergenceCause } from '../lab/lab-wording';
import type { RunNotice } from '../../store/lab-run';
import { lossText, runNoticeText } from '../lab/notices/run-notice-text';
import { storedRunText } from '../lab/notices/file-text';
import { settingChangeText } from '../lab/setting-words';

/** A preset's title, as the lab's preset menu names it. */
export const presetTitle = (t: Messages, name: PresetName) => t.lab.presets[name].title;

/** An agent's name, as the lab's agent menu names it (a name it does not know stays as written). */
export const agentName = (t: Messages, agent: string) => (t.lab.setup.agents as Record<string, string>)[agentChoiceMessageKey(agent)] ?? agent;

/** One difference as "γ 0 → 0.99" or "n-step return length 1 → 3": each setting by its label, its values in words (the lab's). */
export function differenceText(t: Messages, difference: AbDifference, configs?: { a: LabConfig; b: LabConfig }): string {
  return settingChangeText(t, difference.field, difference.from, difference.to, configs && { from: configs.a, to: configs.b });
}

/** The whole line: "B differs: γ 0 → 0.99 · n-step return length 1 → 3", or that the two are the same. */
export function differencesLine(t: Messages, differences: readonly AbDifference[], configs?: { a: LabConfig; b: LabConfig }): string {
  if (differences.length === 0) return t.ab.noDifference;
  return `${t.ab.differs}${differences.map((difference) => differenceText(t, difference, configs)).join(' · ')}`;
}

/** A side's state in one sentence: starting, training, waiting for the other, finished (first), diverged, or stopped and why. */
export function sideStatusText(t: Messages, status: AbSideStatus, otherName: string): string {
  switch (status.code) {
    case 'lost':
      return t.ab.lost(lossText(status.loss, t));
    case 'failed':
      return t.ab.failed(status.detail);
    case 'waiting':
      return t.ab.waiting(otherName);
    case 'finished-first':
      return t.ab.finishedFirst(otherName);
    case 'diverged':
      return t.ab.diverged(formatStep(status.divergence?.step ?? status.step), divergenceCause(status.divergence?.cause, t.lab));
    default:
      return t.ab.status[status.code];
  }
}

/** What the lab did on its own on one side (its worker restarted, or a WebGL context recovered), in the lab's words. */
export function sideNoticeText(t: Messages, notice: RunNotice, sideName: string): string {
  switch (notice.code) {
    case 'worker-restarted':
      return t.ab.sideRestarted(sideName, lossText(notice.loss, t), formatStep(notice.lostAt), formatStep(notice.checkpointStep));
    case 'worker-restarted-from-start':
      return notice.unreadable
        ? t.ab.sideRestartedUnreadable(sideName, lossText(notice.loss, t), storedRunText(notice.unreadable, t))
        : t.ab.sideRestartedFromStart(sideName, lossText(notice.loss, t));
    default:
      return runNoticeText(notice, t);
  }
}
