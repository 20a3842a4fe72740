// What the lab did on its own while training, in words: a recovery after a lost WebGL context or a dead worker.
import type { RunNotice } from '../../../store/lab-run';
import type { WorkerLoss } from '../../../contracts/worker-loss';
import type { Messages } from '../../i18n/messages';
import { formatStep } from '../charts/chart-data';
import { storedRunText } from './file-text';

/** Why the page gave a training worker up, as a clause (the compare page says it of a side too). */
export function lossText(loss: WorkerLoss, t: Messages): string {
  const words = t.notices.loss;
  if (loss.code === 'silent') return words.silent(String(loss.seconds));
  if (loss.code === 'unanswered') return words.unanswered;
  return loss.detail ? words.scriptError(loss.detail) : words.scriptFailed;
}

export function runNoticeText(notice: RunNotice, t: Messages): string {
  const words = t.notices;
  switch (notice.code) {
    case 'context-lost':
      return words.contextLost(formatStep(notice.lostAt), formatStep(notice.restoredStep), notice.backend);
    case 'worker-restarted':
      return words.workerRestarted(lossText(notice.loss, t), formatStep(notice.lostAt), formatStep(notice.checkpointStep));
    case 'worker-restarted-from-start':
      return notice.unreadable ? words.workerRestartedUnreadable(lossText(notice.loss, t), storedRunText(notice.unreadable, t)) : words.workerRestartedFromStart(lossText(notice.loss, t));
  }
}
