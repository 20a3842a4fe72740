// Replacing the run on show (a preset, a reset, a model file, a resumed or restored run) without losing it:
// a run with progress is written to a model file first, kept on the page, and one Undo loads it back.

import type { RunFilesClient } from '../controller/training-client';
import type { RunView } from './lab-run';

/** What replaced the run: a preset (menu or digit key), a reset, a loaded model file, the saved run, or an undo. */
export type ReplaceCause = 'preset' | 'reset' | 'file' | 'saved' | 'undo';

/** The run put aside by the last replacement, which Undo brings back. */
export interface ReplacedRun {
  cause: ReplaceCause;
  /** The preset the replaced run was started from. */
  presetName: string;
  /** The step it had reached (it comes back paused there). */
  step: number;
}

/** The put-aside run's model file, with its replay memory so that learning goes on exactly where it was. */
export interface PutAside {
  run: ReplacedRun;
  file: Uint8Array;
}

/** A run is worth putting aside once it has trained and its network is finite (a diverged one cannot be loaded). */
export function worthKeeping(run: Pick<RunView, 'step' | 'status'>): boolean {
  return run.step > 0 && run.status !== 'diverged';
}

/**
 * Runs a replacement, putting the run on show aside first when it is worth keeping. The run is paused while
 * it is written, so that the file holds the step the notice names; a replacement that does not happen (a
 * refused file) plays it on again. Answers what was put aside (null when nothing was, or nothing replaced).
 */
export async function replaceKeeping(
  current: { run: Pick<RunView, 'step' | 'status'>; presetName: string },
  commands: { files: RunFilesClient | null | undefined; pause: () => Promise<void>; play: () => Promise<void> },
  cause: ReplaceCause,
  replace: () => Promise<boolean>,
): Promise<{ replaced: boolean; aside: PutAside | null }> {
  const { files } = commands;
  const wasRunning = current.run.status === 'running';
  let aside: PutAside | null = null;
  let paused = false;
  if (files && worthKeeping(current.run)) {
    if (wasRunning) {
      await commands.pause();
      paused = true;
    }
    try {
      const { bytes, step } = await files.exportModel({ includeReplay: true, presetName: current.presetName });
      aside = { run: { cause, presetName: current.presetName, step }, file: bytes };
    } catch {
      // A run that cannot be written (memory, a lost worker) is replaced all the same: the user asked for it.
      aside = null;
    }
  }
  const replaced = await replace();
  if (!replaced && paused) await commands.play();
  return { replaced, aside: replaced ? aside : null };
}
