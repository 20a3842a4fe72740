// The files panel's messages in words: what a file action did, why a model file was refused (by the
// codes of the file reader, the agents and the worker), why autosave is off, and how old a saved run is.
import type { CheckpointRefusal } from '../../../contracts/checkpoint-refusal';
import { kindMessageKey } from '../../../contracts/agent-kinds';
import { megabytes } from '../../../contracts/file-container';
import type { FileProblem } from '../../../contracts/file-problem';
import type { ageOf } from '../../../store/autosave-storage';
import type { AutosaveProblem, FileMessage } from '../../../store/lab-files-slice';
import type { FileRefusal, StoredRunProblem } from '../../../contracts/protocol';
import { formatDateTime, type Language } from '../../i18n/language';
import type { Messages } from '../../i18n/messages';
import { formatStep } from '../charts/chart-data';
import { correctionReasonText } from './correction-text';

function problemText(problem: FileProblem, t: Messages): string {
  const words = t.files.problems;
  switch (problem.code) {
    case 'too-large':
      return words.tooLarge(megabytes(problem.bytes), megabytes(problem.limit));
    case 'not-lab-file':
      return words.notLabFile;
    case 'container-version':
      return words.containerVersion(String(problem.version), String(problem.supported));
    case 'truncated':
      return words.truncated(String(problem.bytes), String(problem.expected));
    case 'trailing-bytes':
      return words.trailingBytes(String(problem.extra));
    case 'checksum':
      return words.checksum;
    case 'not-model-file':
      return words.notModelFile(problem.format);
    case 'model-version':
      return words.modelVersion(problem.version, String(problem.supported));
    case 'unreadable':
      return words.unreadable(problem.part);
    case 'bad-value':
      return words.badValue(problem.field);
    case 'not-finite':
      return words.notFinite(problem.array);
    case 'unknown-item':
      return words.unknownItem(problem.array);
    case 'omits-other-arrays':
      return words.omitsOtherArrays;
  }
}

function checkpointText(refusal: CheckpointRefusal, t: Messages): string {
  const words = t.files.checkpoint;
  const kind = (name: string) => words.agentKinds[kindMessageKey(name)] ?? name;
  switch (refusal.code) {
    case 'wrong-kind':
      return words.wrongKind(kind(refusal.saved), kind(refusal.expected));
    case 'wrong-signature':
      return words.wrongSignature(refusal.saved, refusal.expected);
    case 'missing-array':
      return words.missingArray(refusal.name);
    case 'array-length':
      return words.arrayLength(refusal.name, String(refusal.length), String(refusal.expected));
    case 'missing-counter':
      return words.missingCounter(refusal.name);
    case 'counter-range':
      return words.counterRange(refusal.name, String(refusal.value));
    case 'no-random-state':
      return words.noRandomState;
    case 'round-state':
      return words.roundState;
    case 'env-state':
      return words.envState;
    case 'env-inconsistent':
      return refusal.slot < 0 ? words.envShopperCount : words.envInconsistent(refusal.field, String(refusal.slot + 1));
  }
}

/** Why the file was refused (the clause after "This file cannot be loaded:"). */
export function refusalReasonText(refusal: FileRefusal, t: Messages): string {
  const words = t.files.refusals;
  switch (refusal.code) {
    case 'file':
      return problemText(refusal.problem, t);
    case 'checkpoint':
      return checkpointText(refusal.refusal, t);
    case 'link-settings':
      return words.linkSettings(refusal.key, correctionReasonText(refusal.reason, t));
    case 'not-a-link':
      return words.notALink;
    case 'omits-unknown':
      return words.omitsUnknown(refusal.name);
    case 'network-not-finite':
      return words.networkNotFinite;
    case 'replaced':
      return words.replaced;
    case 'stored-run':
      return storedRunText(refusal.problem, t);
    case 'unexpected':
      return words.unexpected(refusal.detail);
  }
}

/** Why the run kept in this browser could not be loaded (a clause). */
export function storedRunText(problem: StoredRunProblem, t: Messages): string {
  const words = t.files.storedRun;
  switch (problem.code) {
    case 'nothing-saved':
      return words.nothingSaved;
    case 'another-run':
      return words.anotherRun;
    case 'unreadable':
      return words.unreadable(words.parts[problem.part]);
    case 'replay-chunk':
      return words.replayChunk(String(problem.index + 1), words.chunkProblems[problem.problem]);
    case 'checkpoint':
      return checkpointText(problem.refusal, t);
    case 'storage':
      return words.storage(problem.detail);
  }
}

export function fileMessageText(message: FileMessage, t: Messages, language: Language): string {
  const words = t.files.messages;
  switch (message.code) {
    case 'loaded':
      return words.loaded(formatDateTime(message.savedAt, language), formatStep(message.step));
    case 'evaluated':
      return words.evaluated(formatStep(message.step), message.meanReturn.toFixed(4), message.percentOfOracle.toFixed(1));
    case 'refused':
      return t.files.refused(refusalReasonText(message.refusal, t));
    case 'nothing-to-export':
      return words.nothingToExport;
    case 'failed':
      return words.failed(message.detail);
  }
}

export function autosaveProblemText(problem: AutosaveProblem, t: Messages): string {
  const words = t.files.autosaveProblem;
  if (problem.code === 'unavailable') return words.unavailable(problem.detail);
  if (problem.code === 'without-replay') return words.withoutReplay;
  return words.refused(problem.detail);
}

/** "2 minutes ago". */
export function ageText(age: ReturnType<typeof ageOf>, t: Messages): string {
  return age ? t.files.age[age.unit](age.count) : t.files.age.now;
}
