// The page's heartbeat on a training worker: a ping every two seconds, and one report when the worker is lost.

import type * as Comlink from 'comlink';
import type { TrainingWorkerApi } from '../contracts/protocol';
import type { WorkerLoss } from '../contracts/worker-loss';

/** Milliseconds between heartbeats, and how long a heartbeat may go unanswered (a busy worker answers between slices). */
const HEARTBEAT_MS = 2000;
const HEARTBEAT_TIMEOUT_MS = 10_000;

/** Calls onLost once when the worker stops answering or reports an error it cannot survive. */
export function watchWorker(worker: Worker, remote: Comlink.Remote<TrainingWorkerApi>, onLost: (loss: WorkerLoss) => void): () => void {
  let lost = false;
  let waiting = false;
  const lose = (loss: WorkerLoss) => {
    if (lost) return;
    lost = true;
    window.clearInterval(timer);
    onLost(loss);
  };
  const timer = window.setInterval(() => {
    if (waiting) return;
    waiting = true;
    const overdue = window.setTimeout(() => lose({ code: 'silent', seconds: HEARTBEAT_TIMEOUT_MS / 1000 }), HEARTBEAT_TIMEOUT_MS);
    remote.ping().then(() => {
      window.clearTimeout(overdue);
      waiting = false;
    }, () => lose({ code: 'unanswered' }));
  }, HEARTBEAT_MS);
  worker.addEventListener('error', (event) => lose({ code: 'script-error', detail: event.message || null }));
  return () => {
    lost = true;
    window.clearInterval(timer);
  };
}
