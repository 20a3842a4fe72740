// Which lesson and which agent: the presets menu with each preset's one sentence, and the agent choice.
import { useId } from 'react';
import { agentChoiceMessageKey } from '../../contracts/agent-kinds';
import { selectCatalogue, selectDraft, selectLabActions, selectLabPhase, selectPresetName } from '../../store/lab-selectors';
import type { LabConfig } from '../../contracts/lab-config';
import { useLab } from '../app/store-context';
import { useT } from '../i18n/language-store';
import { useHidden } from './lecture/Hideable';
import { presetText } from './preset-text';

export function SetupControls() {
  const catalogue = useLab(selectCatalogue);
  const presetName = useLab(selectPresetName);
  const draft = useLab(selectDraft);
  const phase = useLab(selectLabPhase);
  const { choosePreset, setAgent, reset } = useLab(selectLabActions);
  const presetId = useId();
  const agentId = useId();
  const hide = { preset: useHidden('preset'), agent: useHidden('agent') };
  const { lab } = useT();
  const text = lab.setup;
  const agentNames: Record<string, string> = text.agents;
  if (!catalogue || !draft || (hide.preset && hide.agent)) return null;
  const preset = catalogue.presets.find((entry) => entry.name === presetName);
  const shown = preset ? presetText(preset, lab) : null;
  return (
    <div className="panel setup" role="group" aria-label={text.groupLabel}>
      <label htmlFor={presetId} hidden={hide.preset}>
        {text.preset}
      </label>
      <select id={presetId} value={presetName} disabled={phase === 'loading'} onChange={(event) => void choosePreset(event.target.value)} aria-describedby={`${presetId}-description`} hidden={hide.preset}>
        {catalogue.presets.map((entry) => {
          const { title, description } = presetText(entry, lab);
          return (
            <option key={entry.name} value={entry.name} title={description}>
              {title}
            </option>
          );
        })}
      </select>
      {/* The lesson's sentence stays even when the menu is hidden: the audience still reads what the preset shows. */}
      <p id={`${presetId}-description`} className="setup__description">
        {hide.preset && shown ? <strong>{shown.title}: </strong> : null}
        {shown?.description}
      </p>
      <label htmlFor={agentId} hidden={hide.agent}>
        {text.agent}
      </label>
      <div className="setup__agent" hidden={hide.agent}>
        <select id={agentId} value={draft.agent} onChange={(event) => setAgent(event.target.value as LabConfig['agent'])}>
          {catalogue.agentChoices.map((choice) => (
            <option key={choice} value={choice}>
              {agentNames[agentChoiceMessageKey(choice)] ?? choice}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void reset()} disabled={phase === 'loading'}>
          {text.applyAndReset}
        </button>
      </div>
    </div>
  );
}
