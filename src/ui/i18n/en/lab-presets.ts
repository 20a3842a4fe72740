// The presets' titles and one-sentence lessons in English, keyed by preset name (the menu and the sentence under it):
// the presets' own words, written once in src/preset/presets.ts.
import { PRESET_NAMES, PRESETS, type PresetName } from '../../../preset/presets';

export const presets = Object.fromEntries(PRESET_NAMES.map((name) => [name, { title: PRESETS[name].title, description: PRESETS[name].description }])) as Record<
  PresetName,
  { title: string; description: string }
>;
