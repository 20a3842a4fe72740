// Every other config field, generated from the config schema with its documented range; applied on reset.
// Each field is labelled and explained in the page's language (its schema name is for links and files only).
import { useId } from 'react';
import { sectionMessageKey } from '../../contracts/agent-kinds';
import { selectCatalogue, selectDraft, selectLabActions } from '../../store/lab-selectors';
import type { LabConfig } from '../../contracts/lab-config';
import type { SchemaField } from '../../contracts/protocol';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { linkNumber } from '../../preset/url-values';
import { drawerSections, seedRefusal } from './advanced-fields';
import { NumberField } from './NumberField';
import { settingHelp, settingLabel, settingValue } from './setting-words';

export function AdvancedDrawer() {
  const catalogue = useLab(selectCatalogue);
  const draft = useLab(selectDraft);
  const { reset } = useLab(selectLabActions);
  const text = useT().lab.advanced;
  if (!catalogue || !draft) return null;
  return (
    <details className="panel advanced">
      <summary>{text.summary}</summary>
      {drawerSections(catalogue.schema).map(({ section, fields }) => (
        <fieldset key={section} className="advanced__section">
          <legend>{(text.sections as Record<string, string>)[sectionMessageKey(section)]}</legend>
          {fields.map((entry) => (
            <SchemaInput key={entry.name} entry={entry} config={draft} />
          ))}
        </fieldset>
      ))}
      <button type="button" className="button button--primary" onClick={() => void reset()}>
        {text.apply}
      </button>
    </details>
  );
}

function SchemaInput({ entry, config }: { entry: SchemaField; config: LabConfig }) {
  const id = useId();
  const { setDraftField } = useLab(selectLabActions);
  const t = useT();
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
          <option key={choice} value={choice}>
            {settingValue(t, entry.name, choice, config)}
          </option>
        ))}
      </select>
    );
  } else {
    const refuse = (typed: number) => seedRefusal(config.training, entry.name, typed, t.lab.advanced);
    input = <NumberField id={id} value={Number(value)} min={spec.min} max={spec.max} integer={Boolean(spec.integer)} onValid={(typed) => set(linkNumber(typed))} refuse={refuse} />;
  }
  return (
    <div className="advanced__field">
      <label htmlFor={id}>{settingLabel(t, entry.name)}</label>
      {input}
      <span className="advanced__doc">{settingHelp(t, entry.name)}</span>
    </div>
  );
}
