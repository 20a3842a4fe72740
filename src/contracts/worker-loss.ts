// How the page lost a training worker, as codes and figures (the page words them in its notices).

/** Why the page gave its worker up: silent past the timeout, a refused heartbeat, or a script error (the browser's message). */
export type WorkerLoss = { code: 'silent'; seconds: number } | { code: 'unanswered' } | { code: 'script-error'; detail: string | null };
