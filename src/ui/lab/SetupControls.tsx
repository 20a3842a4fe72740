// Which lesson and which agent: the presets menu with each preset's one sentence, and the agent choice.
import { useId } from 'react';
import { selectCatalogue, selectDraft, selectLabActions, selectLabPhase, selectPresetName } from '../../store/lab-selectors';
import type { LabConfig } from '../../engine/lab-config';
import { useLab } from '../app/store-context';
import { useHidden } from './lecture/Hideable';

const AGENT_LABELS: Record<string, string> = {
  dqn: 'Deep Q-Network',
  tabular: 'Tabular Q-learning',
  random: 'Reference: random',
  'most-popular': 'Reference: most popular',
  'myopic-oracle': 'Reference: myopic oracle',
  heuristic: 'Reference: heuristic',
  'dp-oracle': 'Reference: DP oracle',
};

export function SetupControls() {
  const catalogue = useLab(selectCatalogue);
  const presetName = useLab(selectPresetName);
  const draft = useLab(selectDraft);
  const phase = useLab(selectLabPhase);
  const { choosePreset, setAgent, reset } = useLab(selectLabActions);
  const presetId = useId();
  const agentId = useId();
  const hide = { preset: useHidden('preset'), agent: useHidden('agent') };
  if (!catalogue || !draft || (hide.preset && hide.agent)) return null;
  const preset = catalogue.presets.find((entry) => entry.name === presetName);
  return (
    <div className="panel setup" role="group" aria-label="Lesson and agent">
      <label htmlFor={presetId} hidden={hide.preset}>
        Preset
      </label>
      <select id={presetId} value={presetName} disabled={phase === 'loading'} onChange={(event) => void choosePreset(event.target.value)} aria-describedby={`${presetId}-description`} hidden={hide.preset}>
        {catalogue.presets.map((entry) => (
          <option key={entry.name} value={entry.name} title={entry.description}>
            {entry.title}
          </option>
        ))}
      </select>
      {/* The lesson's sentence stays even when the menu is hidden: the audience still reads what the preset shows. */}
      <p id={`${presetId}-description`} className="setup__description">
        {hide.preset && preset ? <strong>{preset.title}: </strong> : null}
        {preset?.description}
      </p>
      <label htmlFor={agentId} hidden={hide.agent}>
        Agent
      </label>
      <div className="setup__agent" hidden={hide.agent}>
        <select id={agentId} value={draft.agent} onChange={(event) => setAgent(event.target.value as LabConfig['agent'])}>
          {catalogue.agentChoices.map((choice) => (
            <option key={choice} value={choice}>
              {AGENT_LABELS[choice] ?? choice}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void reset()} disabled={phase === 'loading'}>
          Apply and reset
        </button>
      </div>
    </div>
  );
}
