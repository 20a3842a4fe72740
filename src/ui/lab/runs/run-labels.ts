// The words of the runs list: a run's name, and the settings in which it differs from the other kept runs.
import { runSettings, type KeptRun, type SettingName } from '../../../store/kept-runs';
import type { RunsMessages } from '../../i18n/en/runs';

/** Preset titles by preset name (from the worker's catalogue); a name missing there is shown as it is. */
export type PresetTitles = ReadonlyMap<string, string>;

export function runName(run: KeptRun, titles: PresetTitles, text: RunsMessages): string {
  return text.runName(titles.get(run.presetName) ?? run.presetName, run.number);
}

function settingValue(value: unknown, text: RunsMessages): string {
  // Config values are round numbers as typed (0.0005, 150000): shown as written, not in scientific notation.
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  if (typeof value === 'boolean') return value ? text.on : text.off;
  return String(value);
}

/** "γ 0.99 · α 0.001": the run's value of each differing setting that applies to its agent. */
export function differingText(run: KeptRun, names: readonly SettingName[], text: RunsMessages): string {
  const settings = runSettings(run.config);
  const labels = text.settingNames as Readonly<Record<string, string>>;
  return names
    .map((name) => `${labels[name] ?? name} ${settings.has(name) ? settingValue(settings.get(name), text) : text.notApplicable}`)
    .join(' · ');
}
