// The notices strings in English: what the lab did on its own while training (a recovery after a lost
// WebGL context or a dead worker). Each zh/notices.ts must have the same shape (the type checker says so).

export const notices = {
  contextLost: (lostAt: string, restoredStep: string, backend: string) =>
    `The WebGL context was lost at step ${lostAt}. The lab restored the weights, replay memory and shoppers saved at step ${restoredStep} and continues on ${backend}; the charts keep the whole history.`,
  workerRestarted: (loss: string, lostAt: string, checkpointStep: string) =>
    `The training worker stopped (${loss}) at step ${lostAt}. The lab restarted it from the checkpoint at step ${checkpointStep}; the charts keep the whole history.`,
  workerRestartedUnreadable: (loss: string, reason: string) =>
    `The training worker stopped (${loss}), and the run's last save could not be loaded (${reason}), so the lab restarted the run from the start.`,
  workerRestartedFromStart: (loss: string) => `The training worker stopped (${loss}) before its first checkpoint, so the lab restarted the run from the start.`,
  /** Why the page gave its worker up (the parenthesis above). */
  loss: {
    silent: (seconds: string) => `it did not answer for ${seconds} s`,
    unanswered: 'it stopped answering',
    scriptFailed: 'its script failed',
    scriptError: (detail: string) => `its script failed: ${detail}`,
  },
};

export type NoticesMessages = typeof notices;
