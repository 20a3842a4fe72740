// alpha, gamma and epsilon: turned mid-run they act at once and mark every chart; the epsilon schedule applies on reset.
import { useId } from 'react';
import { DQN_FIELDS } from '../../agents/dqn-config';
import { DEFAULT_TRAINING_CONFIG, TRAINING_FIELDS } from '../../engine/training-config';
import type { NumberField as NumberFieldSpec } from '../../sim/fields';
import { selectDraft, selectKnobs, selectLabActions } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { useHidden } from './lecture/Hideable';
import { formatExact } from './charts/chart-data';
import { KnobSlider } from './KnobSlider';

/** A documented numeric field's range (the knobs read their ranges from the config tables, not beside them). */
const rangeOf = (field: { kind: string }) => field as NumberFieldSpec;
const LEARNING_RATE = rangeOf(DQN_FIELDS.learningRate);
const DISCOUNT = rangeOf(DQN_FIELDS.discount);
const EXPLORATION = rangeOf(TRAINING_FIELDS.explorationStart);
const DECAY = rangeOf(TRAINING_FIELDS.explorationDecaySteps);

export function KnobControls() {
  const knobs = useLab(selectKnobs);
  const draft = useLab(selectDraft);
  const { setKnob, setDraftField } = useLab(selectLabActions);
  const modeName = useId();
  const hide = { alpha: useHidden('alpha'), gamma: useHidden('gamma'), epsilon: useHidden('epsilon') };
  if (!knobs || !draft) return null;
  const { training } = draft;
  const fixedEpsilon = training.explorationDecaySteps === 0;
  const reference = draft.agent !== 'dqn' && draft.agent !== 'tabular';
  return (
    <fieldset className="panel knobs" aria-label="Learning knobs">
      <legend>Knobs</legend>
      {reference && <p className="muted">A reference policy does not learn: alpha and gamma are shown but unused.</p>}
      <KnobSlider
        label="Learning rate α"
        hidden={hide.alpha}
        hint="How far each update moves the values: too small learns slowly, too large overshoots and diverges."
        value={knobs.learningRate}
        min={LEARNING_RATE.min}
        max={LEARNING_RATE.max}
        step={0.05}
        logScale
        format={formatExact}
        onCommit={(value) => setKnob('learningRate', value)}
      />
      <KnobSlider
        label="Discount γ"
        hidden={hide.gamma}
        hint="How much a reward one step later counts: 0 is myopic (clickbait), near 1 values trust."
        value={knobs.discount}
        min={DISCOUNT.min}
        max={DISCOUNT.max}
        step={0.001}
        format={(value) => value.toFixed(3)}
        onCommit={(value) => setKnob('discount', value)}
      />
      <div className="knob" role="radiogroup" aria-label="Exploration schedule" hidden={hide.epsilon}>
        <span className="knob__label">Exploration ε</span>
        <label>
          <input type="radio" name={modeName} checked={fixedEpsilon} onChange={() => setKnob('explorationRate', knobs.explorationRate)} /> Fixed
        </label>
        <label>
          <input
            type="radio"
            name={modeName}
            checked={!fixedEpsilon}
            onChange={() => {
              setDraftField('training', 'explorationStart', DEFAULT_TRAINING_CONFIG.explorationStart);
              setDraftField('training', 'explorationEnd', DEFAULT_TRAINING_CONFIG.explorationEnd);
              setDraftField('training', 'explorationDecaySteps', DEFAULT_TRAINING_CONFIG.explorationDecaySteps);
            }}
          />{' '}
          Decay (applies on reset)
        </label>
      </div>
      <KnobSlider
        label="ε now"
        hidden={hide.epsilon}
        hint="The chance of recommending a random item; setting it fixes ε for the rest of the run."
        value={knobs.explorationRate}
        min={EXPLORATION.min}
        max={EXPLORATION.max}
        step={0.01}
        format={(value) => value.toFixed(2)}
        onCommit={(value) => setKnob('explorationRate', value)}
      />
      {!fixedEpsilon && !hide.epsilon && (
        <div className="knob-grid">
          <NumberField label="ε start" hint="epsilon at step 0" value={training.explorationStart} min={EXPLORATION.min} max={EXPLORATION.max} step={0.01} onChange={(value) => setDraftField('training', 'explorationStart', value)} />
          <NumberField label="ε end" hint="epsilon after the decay" value={training.explorationEnd} min={EXPLORATION.min} max={EXPLORATION.max} step={0.01} onChange={(value) => setDraftField('training', 'explorationEnd', value)} />
          <NumberField label="Decay steps" hint="environment steps from start to end" value={training.explorationDecaySteps} min={1} max={DECAY.max} step={1000} onChange={(value) => setDraftField('training', 'explorationDecaySteps', value)} />
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

export function NumberField({ label, hint, value, min, max, step, onChange }: NumberFieldProps) {
  const id = useId();
  return (
    <div className="number-field">
      <label htmlFor={id} title={hint}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        value={value}
        min={min}
        max={max}
        step={step}
        title={hint}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isFinite(next)) onChange(Math.min(max, Math.max(min, next)));
        }}
      />
    </div>
  );
}
