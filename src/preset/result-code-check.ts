// Whether a class result is one the lab could have written: every field in range, and a run's settings a lab
// link read without corrections, written as the lab writes it, naming the code's preset and seed. The result
// code's decoder refuses what this refuses; the page checks a result before it offers its code.

import type { ClassResult, LessonResult, RunResult } from './class-result';
import { formatLabSearch, linkVersionOf, parseLabSearch, textCorrections } from './lab-url';
import { MAX_SEED } from './play-url';
import { isPresetName } from './presets';
import type { ResultCodeRefusal } from './result-code-refusal';
import { PLAIN_VIEW } from './url-keys';

/** Lesson and choice ids: what a lesson's link may name (letters, digits, dots, dashes, underscores). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A figure's name: a word, starting with a letter (so JSON keeps the figures in their order). */
const FIGURE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
export const MAX_FIGURES = 16;
/** No evaluation gives a share of the oracle's return beyond this (either way): such a figure was made up. */
export const PERCENT_LIMIT = 1000;
/** Longer settings are no link the lab writes (every field set differently is well under this). */
export const MAX_SETTINGS_LENGTH = 2000;

const isSeed = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
const isSteps = (value: number) => Number.isSafeInteger(value) && value >= 0;
const isPercent = (value: number) => Number.isFinite(value) && Math.abs(value) <= PERCENT_LIMIT;

function checkLesson(result: LessonResult): ResultCodeRefusal | null {
  if (!ID.test(result.lessonId)) return { code: 'out-of-range', field: 'lesson' };
  if (!ID.test(result.predicted) || !ID.test(result.measured)) return { code: 'out-of-range', field: 'choice' };
  const figures = Object.entries(result.figures);
  if (figures.length > MAX_FIGURES || !figures.every(([name, value]) => FIGURE_NAME.test(name) && Number.isFinite(value))) return { code: 'out-of-range', field: 'figures' };
  return null;
}

/** Why a run's settings are not the lab link of its preset and seed, or null. */
export function checkSettings(result: Pick<RunResult, 'presetName' | 'settings' | 'trainingSeed'>): ResultCodeRefusal | null {
  if (!isPresetName(result.presetName)) return { code: 'out-of-range', field: 'preset' };
  if (result.settings.length > MAX_SETTINGS_LENGTH || !result.settings.startsWith('?')) return { code: 'out-of-range', field: 'settings' };
  const { corrections, ...link } = parseLabSearch(result.settings);
  // A code made under an older link version carries that version's link: rebuilt on its recipe (the one
  // notice that is no correction of the text), and written back as that version wrote it.
  if (textCorrections(corrections).length > 0) return { code: 'inconsistent', problem: 'settings-corrected' };
  const written = formatLabSearch({ ...link, view: PLAIN_VIEW }, null, linkVersionOf(result.settings));
  if (written !== result.settings) return { code: 'inconsistent', problem: 'settings-rewritten' };
  if (link.presetName !== result.presetName) return { code: 'inconsistent', problem: 'preset' };
  if (link.config.training.trainingSeed !== result.trainingSeed) return { code: 'inconsistent', problem: 'seed' };
  return null;
}

function checkRun(result: RunResult): ResultCodeRefusal | null {
  const { steady } = result;
  if (!isPercent(result.latestPercentOfOracle) || (steady && ![steady.percentOfOracle, steady.min, steady.max].every(isPercent))) return { code: 'out-of-range', field: 'percent' };
  if (steady && !(steady.min <= steady.percentOfOracle && steady.percentOfOracle <= steady.max)) return { code: 'inconsistent', problem: 'steady-range' };
  return checkSettings(result);
}

/** Why a result is not one the lab writes, or null. */
export function checkResult(result: ClassResult): ResultCodeRefusal | null {
  if (!isSeed(result.trainingSeed)) return { code: 'out-of-range', field: 'seed' };
  if (!isSteps(result.steps)) return { code: 'out-of-range', field: 'steps' };
  return result.kind === 'lesson' ? checkLesson(result) : checkRun(result);
}
