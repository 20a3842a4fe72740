// A preset's title and one-sentence lesson in the page's language, keyed by its name (the worker's catalogue
// carries the English ones for the command line; a preset the catalog does not know keeps those).
import type { PresetSummary } from '../../contracts/protocol';
import type { Messages } from '../i18n/messages';

export function presetText(preset: Pick<PresetSummary, 'name' | 'title' | 'description'>, lab: Messages['lab']): { title: string; description: string } {
  const presets: Partial<Record<string, { title: string; description: string }>> = lab.presets;
  return presets[preset.name] ?? { title: preset.title, description: preset.description };
}

/** A preset's title in the page's language by its name alone (a run's name in notices); an unknown name as given. */
export function presetTitle(name: string, presets: readonly PresetSummary[] | undefined, lab: Messages['lab']): string {
  const preset = presets?.find((entry) => entry.name === name);
  const titles: Partial<Record<string, { title: string }>> = lab.presets;
  return titles[name]?.title ?? preset?.title ?? name;
}
