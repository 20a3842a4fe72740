// alpha, gamma and epsilon: turned mid-run they act at once and mark every chart; the epsilon schedule applies on reset.
import { useId } from 'react';
import { selectDraft, selectKnobs, selectLabActions } from '../../store/lab-selectors';
import { useLab } from '../app/store-context';
import { formatExact } from './charts/chart-data';
import { KnobSlider } from './KnobSlider';

export function KnobControls() {
  const knobs = useLab(selectKnobs);
  const draft = useLab(selectDraft);
  const { setKnob, setDraftField } = useLab(selectLabActions);
  const modeName = useId();
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
        hint="How far each update moves the values: too small learns slowly, too large overshoots and diverges."
        value={knobs.learningRate}
        min={1e-5}
        max={1}
        step={0.05}
        logScale
        format={formatExact}
        onCommit={(value) => setKnob('learningRate', value)}
      />
      <KnobSlider
        label="Discount γ"
        hint="How much a reward one step later counts: 0 is myopic (clickbait), near 1 values trust."
        value={knobs.discount}
        min={0}
        max={0.999}
        step={0.001}
        format={(value) => value.toFixed(3)}
        onCommit={(value) => setKnob('discount', value)}
      />
      <div className="knob" role="radiogroup" aria-label="Exploration schedule">
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
              setDraftField('training', 'explorationStart', 1);
              setDraftField('training', 'explorationEnd', 0.05);
              setDraftField('training', 'explorationDecaySteps', 15_000);
            }}
          />{' '}
          Decay (applies on reset)
        </label>
      </div>
      <KnobSlider
        label="ε now"
        hint="The chance of recommending a random item; setting it fixes ε for the rest of the run."
        value={knobs.explorationRate}
        min={0}
        max={1}
        step={0.01}
        format={(value) => value.toFixed(2)}
        onCommit={(value) => setKnob('explorationRate', value)}
      />
      {!fixedEpsilon && (
        <div className="knob-grid">
          <NumberField label="ε start" hint="epsilon at step 0" value={training.explorationStart} min={0} max={1} step={0.01} onChange={(value) => setDraftField('training', 'explorationStart', value)} />
          <NumberField label="ε end" hint="epsilon after the decay" value={training.explorationEnd} min={0} max={1} step={0.01} onChange={(value) => setDraftField('training', 'explorationEnd', value)} />
          <NumberField label="Decay steps" hint="environment steps from start to end" value={training.explorationDecaySteps} min={1} max={10_000_000} step={1000} onChange={(value) => setDraftField('training', 'explorationDecaySteps', value)} />
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
