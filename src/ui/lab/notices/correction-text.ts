// A link correction in words: the reason code the link reader gave (src/preset/lab-url.ts) in the page's language.
import type { CorrectionReason, ValueProblem } from '../../../contracts/link-correction';
import type { Messages } from '../../i18n/messages';
import { settingText } from '../setting-words';

type CorrectionMessages = Messages['share']['corrections'];

function valueProblemText(problem: ValueProblem, words: CorrectionMessages): string {
  switch (problem.code) {
    case 'above-max':
      return words.aboveMax(String(problem.max));
    case 'below-min':
      return words.belowMin(String(problem.min));
    case 'not-whole':
      return words.notWhole(String(problem.used));
    case 'not-a-number':
      return words.notANumber;
    case 'not-a-choice':
      return words.notAChoice(problem.choices.join(words.listSeparator));
    case 'not-a-boolean':
      return words.notABoolean;
  }
}

/** Why the key was not taken as written and what is used instead: "is above the largest value, 0.999, so 0.999 is used". */
export function correctionReasonText(reason: CorrectionReason, t: Messages): string {
  const words = t.share.corrections;
  switch (reason.code) {
    case 'link-version':
      return words.linkVersion(String(reason.version));
    case 'earlier-recipe':
      return words.earlierRecipe(reason.settings.map(({ name, value }) => settingText(t, name, value)).join(words.listSeparator));
    case 'unknown-preset':
      return words.unknownPreset(reason.presets.join(words.listSeparator));
    case 'same-field':
      return words.sameField(reason.earlier);
    case 'unknown-key':
      return words.unknownKey;
    case 'repeated':
      return words.repeated(String(reason.times), reason.first);
    case 'not-hideable':
      return words.notHideable(reason.controls.join(words.listSeparator));
    case 'per-side':
      return words.perSide(...reason.sideKeys);
    case 'shared-only':
      return words.sharedOnly(reason.key);
    case 'training-on-cohort':
      return words.trainingOnCohort(String(reason.seed), String(reason.used));
    case 'value': {
      const problem = valueProblemText(reason.problem, words);
      const { fallback } = reason;
      if (!fallback) return problem;
      if (fallback.kind === 'preset-value') return words.presetValue(problem, fallback.value);
      if (fallback.kind === 'preset-agent') return words.presetAgent(problem, fallback.agent);
      return words.off(problem);
    }
  }
}
