// The two configurations: lesson pairs one click away, each side's preset, agent, alpha, gamma and
// epsilon, and the seeds and budget both share. Edits wait in a draft until both sides restart with them.
import { useId, useState } from 'react';
import { AGENT_CHOICES, type AgentChoice } from '../../engine/lab-config';
import {
  AB_SIDES,
  QUICK_STARTS,
  fixedEpsilon,
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
import { PRESET_NAMES, isPresetName } from '../../preset/presets';
import { knobEntry, readField, schemaEntry } from '../../preset/schema';
import type { NumberField as NumberSpec } from '../../sim/fields';
import { selectAbActions, selectAbPhase, selectAbSetup } from '../../store/ab-selectors';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { formatStep } from '../lab/charts/chart-data';
import { NumberField } from '../lab/NumberField';

const SHARED_SHOWN: readonly SharedField[] = ['trainingSeed', 'catalogSeed', 'evaluationSeed', 'totalSteps', 'evaluationInterval'];
const numberSpec = (name: string) => schemaEntry(name)?.spec as NumberSpec;

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
  const epsilon = fixedEpsilon(config);
  const sideName = t.ab.sideName[side];
  const knobField = (knob: 'alpha' | 'gamma') => {
    const entry = knobEntry(knob, config.agent);
    if (!entry) return null;
    const spec = entry.spec as NumberSpec;
    return (
      <div className="ab-setup__field">
        <label htmlFor={`${id}-${knob}`}>{t.ab[knob]}</label>
        <NumberField id={`${id}-${knob}`} value={readField(config, entry) as number} min={spec.min} max={spec.max} integer={false} onValid={(value) => onChange(withSideKnob(draft, side, knob, value))} />
      </div>
    );
  };
  const { explorationStart, explorationEnd, explorationDecaySteps } = config.training;
  return (
    <fieldset className={`ab-setup__side ab-setup__side--${side}`}>
      <legend>{t.ab.sideHeading(sideName, t.ab.presets[presetName])}</legend>
      <div className="ab-setup__field">
        <label htmlFor={`${id}-preset`}>{t.ab.preset}</label>
        <select id={`${id}-preset`} value={presetName} onChange={(event) => isPresetName(event.target.value) && onChange(withSidePreset(draft, side, event.target.value))}>
          {PRESET_NAMES.map((name) => (
            <option key={name} value={name}>
              {t.ab.presets[name]}
            </option>
          ))}
        </select>
      </div>
      <div className="ab-setup__field">
        <label htmlFor={`${id}-agent`}>{t.ab.agent}</label>
        <select id={`${id}-agent`} value={config.agent} onChange={(event) => onChange(withSideAgent(draft, side, event.target.value as AgentChoice))}>
          {AGENT_CHOICES.map((agent) => (
            <option key={agent} value={agent}>
              {t.ab.agents[agent]}
            </option>
          ))}
        </select>
      </div>
      {knobField('alpha')}
      {knobField('gamma')}
      <div className="ab-setup__field">
        {epsilon !== null ? <label htmlFor={`${id}-epsilon`}>{t.ab.epsilon}</label> : <span>{t.ab.epsilon}</span>}
        <label className="ab-setup__check">
          <input type="checkbox" checked={epsilon !== null} onChange={(event) => onChange(withSideEpsilon(draft, side, event.target.checked ? explorationEnd : null))} /> {t.ab.epsilonFixed}
        </label>
        {epsilon !== null ? (
          <NumberField id={`${id}-epsilon`} value={epsilon} min={0} max={1} integer={false} onValid={(value) => onChange(withSideEpsilon(draft, side, value))} />
        ) : (
          <span className="muted">{t.ab.epsilonSchedule(String(explorationStart), String(explorationEnd), formatStep(explorationDecaySteps))}</span>
        )}
      </div>
    </fieldset>
  );
}

function SharedNumber({ name, draft, onChange }: FieldsProps & { name: SharedField }) {
  const t = useT();
  const id = useId();
  const spec = numberSpec(name);
  const entry = schemaEntry(name);
  if (!entry) return null;
  return (
    <div className="ab-setup__field">
      <label htmlFor={id}>{t.ab[name as Exclude<SharedField, 'evaluationShoppers' | 'backend'>]}</label>
      <NumberField id={id} value={readField(draft.a.config, entry) as number} min={spec.min} max={spec.max} integer={spec.integer ?? false} onValid={(value) => onChange(withSharedField(draft, name, value))} />
    </div>
  );
}
