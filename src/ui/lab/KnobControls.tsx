// alpha, gamma and epsilon (fixed, or a decay schedule): turned mid-run they act at once and mark every chart.
import { useId } from 'react';
import { DQN_FIELDS, kindOfChoice } from '../../contracts/agent-kinds';
import { scheduleOf, type ExplorationSchedule } from '../../contracts/schedules';
import { DEFAULT_TRAINING_CONFIG, TRAINING_FIELDS } from '../../contracts/training-config';
import { decaySchedule, fixedEpsilon } from '../../preset/config-edits';
import type { NumberField as NumberFieldSpec } from '../../sim/fields';
import { selectDraft, selectKnobs, selectLabActions, selectRunConfig } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { useHidden } from './lecture/Hideable';
import { formatExact } from './charts/chart-data';
import { EPSILON_STEP, epsilonStepValue } from './knob-steps';
import { KnobSlider } from './KnobSlider';
import { useDebouncedCommit } from './use-debounced-commit';

/** A documented numeric field's range (the knobs read their ranges from the config tables, not beside them). */
const rangeOf = (field: { kind: string }) => field as NumberFieldSpec;
const LEARNING_RATE = rangeOf(DQN_FIELDS.learningRate);
const DISCOUNT = rangeOf(DQN_FIELDS.discount);
const EXPLORATION = rangeOf(TRAINING_FIELDS.explorationStart);
const DECAY = rangeOf(TRAINING_FIELDS.explorationDecaySteps);

/** The decay schedule's fields, as the knob panel edits them (their labels and hints are in the catalog under the same names). */
const SCHEDULE_FIELDS: ReadonlyArray<{ field: keyof ExplorationSchedule; min: number; max: number; step: number }> = [
  { field: 'explorationStart', min: EXPLORATION.min, max: EXPLORATION.max, step: 0.01 },
  { field: 'explorationEnd', min: EXPLORATION.min, max: EXPLORATION.max, step: 0.01 },
  { field: 'explorationDecaySteps', min: 1, max: DECAY.max, step: 1000 },
];

export function KnobControls() {
  const knobs = useLab(selectKnobs);
  const draft = useLab(selectDraft);
  const run = useLab(selectRunConfig);
  const { setKnob, setExplorationSchedule } = useLab(selectLabActions);
  const modeName = useId();
  const hide = { alpha: useHidden('alpha'), gamma: useHidden('gamma'), epsilon: useHidden('epsilon') };
  const text = useT().lab.knobs;
  if (!knobs || !draft) return null;
  const { training } = draft;
  const fixed = fixedEpsilon(training) !== null;
  // Back to decay: the run's own schedule when it has one (a fixed epsilon replaced it), else the default one.
  const decay = decaySchedule(run?.training ?? DEFAULT_TRAINING_CONFIG);
  const reference = kindOfChoice(draft.agent).liveKnobs.length === 0;
  return (
    <fieldset className="panel knobs" aria-label={text.groupLabel}>
      <legend>{text.legend}</legend>
      {reference && <p className="muted">{text.referenceUnused}</p>}
      <KnobSlider
        label={text.learningRate}
        hidden={hide.alpha}
        hint={text.learningRateHint}
        value={knobs.learningRate}
        min={LEARNING_RATE.min}
        max={LEARNING_RATE.max}
        step={0.05}
        logScale
        format={formatExact}
        onCommit={(value) => setKnob('learningRate', value)}
      />
      <KnobSlider
        label={text.discount}
        hidden={hide.gamma}
        hint={text.discountHint}
        value={knobs.discount}
        min={DISCOUNT.min}
        max={DISCOUNT.max}
        step={0.001}
        format={(value) => value.toFixed(3)}
        onCommit={(value) => setKnob('discount', value)}
      />
      <div className="knob" role="radiogroup" aria-label={text.scheduleLabel} hidden={hide.epsilon}>
        <span className="knob__label">{text.exploration}</span>
        <label>
          <input type="radio" name={modeName} checked={fixed} onChange={() => setKnob('explorationRate', epsilonStepValue(knobs.explorationRate))} /> {text.fixed}
        </label>
        <label>
          <input type="radio" name={modeName} checked={!fixed} onChange={() => setExplorationSchedule(decay)} /> {text.decay}
        </label>
      </div>
      <KnobSlider
        label={text.epsilonNow}
        hidden={hide.epsilon}
        hint={text.epsilonNowHint}
        value={knobs.explorationRate}
        min={EXPLORATION.min}
        max={EXPLORATION.max}
        step={EPSILON_STEP}
        format={(value) => value.toFixed(2)}
        onCommit={(value) => setKnob('explorationRate', value)}
      />
      {!fixed && !hide.epsilon && (
        <div className="knob-grid">
          {SCHEDULE_FIELDS.map(({ field, ...spec }) => (
            <NumberField key={field} {...spec} label={text[field]} hint={text[`${field}Hint`]} value={training[field]} onChange={(value) => setExplorationSchedule({ ...scheduleOf(training), [field]: value })} />
          ))}
        </div>
      )}
    </fieldset>
  );
}

interface NumberFieldProps {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}

/** A number input committed after the hand rests (one schedule change per edit, not per keystroke). */
export function NumberField({ label, hint, value, min, max, step, onChange }: NumberFieldProps) {
  const id = useId();
  const [shown, change] = useDebouncedCommit(value, onChange);
  return (
    <div className="number-field">
      <label htmlFor={id} title={hint}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        value={shown}
        min={min}
        max={max}
        step={step}
        title={hint}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isFinite(next)) change(Math.min(max, Math.max(min, next)));
        }}
      />
    </div>
  );
}
