// A config setting and its value in the page's words: the label and help of a schema field, the textbook
// symbol of a knob, a choice or a yes/no in words. The drawer, the compare page's "B differs" line, the
// kept runs' legends and the knob markers all word settings here; schema names stay in links and files.
import { agentChoiceMessageKey } from '../../contracts/agent-kinds';
import type { LabConfig } from '../../contracts/lab-config';
import { schemaEntry } from '../../preset/schema';
import { linkNumber } from '../../preset/url-values';
import type { Messages } from '../i18n/messages';

/** A setting: a schema field's name, or one of the names that are no single field (agent, alpha, gamma, epsilon). */
export type SettingName = string;

type KnobLabelName = keyof Messages['lab']['advanced']['knobLabels'];

/** "Replay memory size", "γ": a setting's label (a name the catalog does not know stays as written). */
export function settingLabel(t: Messages, name: SettingName): string {
  const words = t.lab.advanced;
  if (name in words.knobLabels) return words.knobLabels[name as KnobLabelName];
  return (words.fieldLabels as Readonly<Record<string, string>>)[name] ?? name;
}

/** A field's one-line help, or '' for a name that is no field. */
export function settingHelp(t: Messages, name: SettingName): string {
  return t.lab.advanced.fields[name] ?? schemaEntry(name)?.spec.doc ?? '';
}

/** A number as a setting shows it: whole numbers grouped (150,000), fractions without float noise. */
export function settingNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 10_000) return value.toLocaleString('en-US');
  return String(linkNumber(value));
}

/**
 * A setting's value in words: the config's value or the text a link writes for it ("true", "hard", "0.99").
 * With the config it belongs to, a hard target update says how often it copies.
 */
export function settingValue(t: Messages, name: SettingName, value: unknown, config?: LabConfig): string {
  const words = t.lab.advanced;
  if (name === 'agent') return (t.lab.setup.agents as Record<string, string>)[agentChoiceMessageKey(String(value))] ?? String(value);
  const spec = schemaEntry(name)?.spec;
  if (spec?.kind === 'boolean' || typeof value === 'boolean') return value === true || value === 'true' ? words.fieldValues.yes : words.fieldValues.no;
  if (spec?.kind === 'choice') {
    if (name === 'targetUpdate' && value === 'hard' && config) return words.fieldValues.copiedEvery(settingNumber(config.dqn.targetSyncInterval));
    return (words.fieldChoices as Readonly<Record<string, string>>)[String(value)] ?? String(value);
  }
  const number = typeof value === 'number' ? value : Number(value);
  return typeof value === 'string' && (value.trim() === '' || !Number.isFinite(number)) ? value : settingNumber(number);
}

/** "γ 0.99", "Double DQN yes": a setting with its value. */
export function settingText(t: Messages, name: SettingName, value: unknown, config?: LabConfig): string {
  return `${settingLabel(t, name)} ${settingValue(t, name, value, config)}`;
}

/** "γ 0.99 → 0", "Target network copied every 125 updates → none (the online network itself)": a change of one setting. */
export function settingChangeText(t: Messages, name: SettingName, from: unknown, to: unknown, configs?: { from: LabConfig; to: LabConfig }): string {
  return t.charts.knobChange(settingLabel(t, name), settingValue(t, name, from, configs?.from), settingValue(t, name, to, configs?.to));
}
