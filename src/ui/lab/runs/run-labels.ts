// The words of the runs list: a run's name, and the settings in which it differs from the other kept runs.
import { runSettings, type KeptRun, type SettingName } from '../../../store/kept-runs';
import type { RunsMessages } from '../../i18n/en/runs';
import type { Messages } from '../../i18n/messages';
import { settingLabel, settingText } from '../setting-words';

/** Preset titles by preset name (from the worker's catalogue); a name missing there is shown as it is. */
export type PresetTitles = ReadonlyMap<string, string>;

export function runName(run: KeptRun, titles: PresetTitles, text: RunsMessages): string {
  return text.runName(titles.get(run.presetName) ?? run.presetName, run.number);
}

/** "γ 0.99 · Step budget 150,000": the run's value of each differing setting, by label, "n/a" where it does not apply to its agent. */
export function differingText(run: KeptRun, names: readonly SettingName[], t: Messages): string {
  const settings = runSettings(run.config);
  return names.map((name) => (settings.has(name) ? settingText(t, name, settings.get(name), run.config) : `${settingLabel(t, name)} ${t.lab.advanced.fieldValues.notApplicable}`)).join(' · ');
}
