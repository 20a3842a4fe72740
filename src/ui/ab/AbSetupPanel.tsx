// The two configurations: lesson pairs one click away, each side's preset, agent, alpha, gamma and
// epsilon, and the seeds and budget both share. Edits wait in a draft until both sides restart with them.
import { useId, useState } from 'react';
import { AGENT_CHOICES } from '../../contracts/lab-config';
import { fixedEpsilon } from '../../preset/config-edits';
import {
  AB_SIDES,
  QUICK_STARTS,
  quickStartOf,
  withQuickStart,
  withSharedField,
  withSideAgent,
  withSideEpsilon,
  withSideKnob,
  withSidePreset,
  type AbSetup,
  type AbSide,
  type SharedField,
} from '../../preset/ab-setup';
import { formatAbSearch } from '../../preset/ab-url';
import { PRESET_NAMES } from '../../preset/presets';
import { knobEntry, readField, schemaEntry } from '../../preset/schema';
import type { NumberField as NumberSpec } from '../../sim/fields';
import { selectAbActions, selectAbPhase, selectAbSetup } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';
import { NumberField } from '../lab/NumberField';
import { seedRefusal } from '../lab/advanced-fields';
import { agentName, presetTitle } from './ab-text';

const SHARED_SHOWN: readonly SharedField[] = ['trainingSeed', 'catalogSeed', 'evaluationSeed', 'totalSteps', 'evaluationInterval'];
const numberSpec = (name: string) => schemaEntry(name)?.spec as NumberSpec;
const EPSILON = numberSpec('explorationStart');

export function AbSetupPanel() {
  const setup = useLab(selectAbSetup);
  if (!setup) return null;
  // A new running setup (applied, or a lesson pair) starts a fresh draft.
  return <SetupForm key={formatAbSearch({ setup, autoplay: false }, null)} running={setup} />;
}

function SetupForm({ running }: { running: AbSetup }) {
  const t = useT();
  const phase = useLab(selectAbPhase);
  const { apply } = useLab(selectAbActions);
  const [draft, setDraft] = useState(running);
  const changed = JSON.stringify(draft) !== JSON.stringify(running);
  const busy = phase !== 'ready';
  const pair = quickStartOf(running);
  return (
    <section className="panel ab-setup" aria-label={t.ab.setupRegion}>
      <div className="ab-setup__pairs" role="group" aria-label={t.ab.quickStart}>
        <h2>{t.ab.quickStart}</h2>
        {QUICK_STARTS.map((entry) => (
          <button key={entry.id} type="button" className="button" aria-pressed={pair === entry.id} disabled={busy} onClick={() => void apply(withQuickStart(draft, entry.id))}>
            {t.ab.quickStarts[entry.id]}
          </button>
        ))}
      </div>
      <div className="ab-setup__sides">
        {AB_SIDES.map((side) => (
          <SideFields key={side} side={side} draft={draft} onChange={setDraft} />
        ))}
      </div>
      <fieldset className="ab-setup__shared">
        <legend>{t.ab.shared}</legend>
        {SHARED_SHOWN.map((name) => (
          <SharedNumber key={name} name={name} draft={draft} onChange={setDraft} />
        ))}
      </fieldset>
      {changed && <p className="muted">{t.ab.unapplied}</p>}
      <button type="button" className="button button--primary" disabled={!changed || busy} onClick={() => void apply(draft)}>
        {t.ab.apply}
      </button>
    </section>
  );
}

interface FieldsProps {
  draft: AbSetup;
  onChange: (setup: AbSetup) => void;
}

function SideFields({ side, draft, onChange }: FieldsProps & { side: AbSide }) {
  const t = useT();
  const id = useId();
  const { presetName, config } = draft[side];
  const { explorationStart, explorationEnd, explorationDecaySteps } = config.training;
  const epsilon = fixedEpsilon(config.training);
  const knobRow = (knob: 'alpha' | 'gamma', label: string) => {
    const entry = knobEntry(knob, config.agent);
    return entry && <NumberRow label={label} value={readField(config, entry) as number} spec={entry.spec as NumberSpec} onValid={(value) => onChange(withSideKnob(draft, side, knob, value))} />;
  };
  return (
    <fieldset className={`ab-setup__side ab-setup__side--${side}`}>
      <legend>{t.ab.sideHeading(t.ab.sideName[side], presetTitle(t, presetName))}</legend>
      <ChoiceRow label={t.lab.setup.preset} value={presetName} choices={PRESET_NAMES} nameOf={(name) => presetTitle(t, name)} onChoose={(name) => onChange(withSidePreset(draft, side, name))} />
      <ChoiceRow label={t.lab.setup.agent} value={config.agent} choices={AGENT_CHOICES} nameOf={(agent) => agentName(t, agent)} onChoose={(agent) => onChange(withSideAgent(draft, side, agent))} />
      {knobRow('alpha', t.lab.knobs.learningRate)}
      {knobRow('gamma', t.lab.knobs.discount)}
      <div className="ab-setup__field">
        {epsilon !== null ? <label htmlFor={`${id}-epsilon`}>{t.lab.knobs.exploration}</label> : <span>{t.lab.knobs.exploration}</span>}
        <label className="ab-setup__check">
          <input type="checkbox" checked={epsilon !== null} onChange={(event) => onChange(withSideEpsilon(draft, side, event.target.checked ? explorationEnd : null))} /> {t.ab.epsilonFixed}
        </label>
        {epsilon !== null ? (
          <NumberField id={`${id}-epsilon`} value={epsilon} min={EPSILON.min} max={EPSILON.max} integer={false} onValid={(value) => onChange(withSideEpsilon(draft, side, value))} />
        ) : (
          <span className="muted">{t.ab.epsilonSchedule(String(explorationStart), String(explorationEnd), formatStep(explorationDecaySteps))}</span>
        )}
      </div>
    </fieldset>
  );
}

function SharedNumber({ name, draft, onChange }: FieldsProps & { name: SharedField }) {
  const t = useT();
  const entry = schemaEntry(name);
  if (!entry) return null;
  const label = t.ab[name as Exclude<SharedField, 'evaluationShoppers' | 'backend'>];
  // A training seed equal to the evaluation seed is refused where it is typed, with the lab's reason.
  const refuse = (typed: number) => seedRefusal(draft.a.config.training, name, typed, t.lab.advanced);
  return <NumberRow label={label} value={readField(draft.a.config, entry) as number} spec={numberSpec(name)} onValid={(value) => onChange(withSharedField(draft, name, value))} refuse={refuse} />;
}

/** A labelled number field (a side's alpha or gamma, a shared seed or budget), kept within its schema range. */
function NumberRow({ label, value, spec, onValid, refuse }: { label: string; value: number; spec: NumberSpec; onValid: (value: number) => void; refuse?: (typed: number) => string | null }) {
  const id = useId();
  return (
    <div className="ab-setup__field">
      <label htmlFor={id}>{label}</label>
      <NumberField id={id} value={value} min={spec.min} max={spec.max} integer={spec.integer ?? false} onValid={onValid} refuse={refuse} />
    </div>
  );
}

interface ChoiceRowProps<Choice extends string> {
  label: string;
  value: Choice;
  choices: readonly Choice[];
  nameOf: (choice: Choice) => string;
  onChoose: (choice: Choice) => void;
}

/** A labelled menu (a side's preset or agent), each choice by its name in the lab's catalog. */
function ChoiceRow<Choice extends string>({ label, value, choices, nameOf, onChoose }: ChoiceRowProps<Choice>) {
  const id = useId();
  return (
    <div className="ab-setup__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChoose(choices.find((choice) => choice === event.target.value) ?? value)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {nameOf(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
