// Every other config field, generated from the config schema with its documented range; applied on reset.
import { useId } from 'react';
import { selectCatalogue, selectDraft, selectLabActions } from '../../store/lab-selectors';
import type { LabConfig } from '../../engine/lab-config';
import type { SchemaField } from '../../worker/protocol';
import { useLab } from '../app/store-context';
import { NumberField } from './NumberField';

/** Shown by the knob controls (alpha, gamma, epsilon) and the backend panel instead. */
const SHOWN_ELSEWHERE = new Set(['learningRate', 'discount', 'tabularLearningRate', 'tabularDiscount', 'explorationStart', 'explorationEnd', 'explorationDecaySteps', 'backend']);
const SECTION_TITLES: Record<SchemaField['section'], string> = { dqn: 'Deep Q-Network', tabular: 'Tabular Q-learning', training: 'Training run', sim: 'Shopper simulator' };

export function AdvancedDrawer() {
  const catalogue = useLab(selectCatalogue);
  const draft = useLab(selectDraft);
  const { reset } = useLab(selectLabActions);
  if (!catalogue || !draft) return null;
  const sections = (['dqn', 'tabular', 'training', 'sim'] as const).map((section) => ({
    section,
    fields: catalogue.schema.filter((entry) => entry.section === section && !SHOWN_ELSEWHERE.has(entry.name)),
  }));
  return (
    <details className="panel advanced">
      <summary>Advanced settings (applied on reset)</summary>
      {sections.map(({ section, fields }) => (
        <fieldset key={section} className="advanced__section">
          <legend>{SECTION_TITLES[section]}</legend>
          {fields.map((entry) => (
            <SchemaInput key={entry.name} entry={entry} config={draft} />
          ))}
        </fieldset>
      ))}
      <button type="button" className="button button--primary" onClick={() => void reset()}>
        Apply and reset
      </button>
    </details>
  );
}

function SchemaInput({ entry, config }: { entry: SchemaField; config: LabConfig }) {
  const id = useId();
  const { setDraftField } = useLab(selectLabActions);
  const value = (config[entry.section] as unknown as Record<string, unknown>)[entry.field];
  const { spec } = entry;
  const set = (next: unknown) => setDraftField(entry.section, entry.field, next);
  let input;
  if (spec.kind === 'boolean') {
    input = <input id={id} type="checkbox" checked={Boolean(value)} onChange={(event) => set(event.target.checked)} />;
  } else if (spec.kind === 'choice') {
    input = (
      <select id={id} value={String(value)} onChange={(event) => set(event.target.value)}>
        {spec.choices.map((choice) => (
          <option key={choice}>{choice}</option>
        ))}
      </select>
    );
  } else {
    input = <NumberField id={id} value={Number(value)} min={spec.min} max={spec.max} integer={Boolean(spec.integer)} onValid={set} />;
  }
  return (
    <div className="advanced__field">
      <label htmlFor={id}>{entry.name}</label>
      {input}
      <span className="advanced__doc">{spec.doc}</span>
    </div>
  );
}
