// What the page needs before the first run: the presets, the config schema, the agent choices and the default
// config. Built on the page from these tfjs-free modules (the worker is not asked: presets reach the page once).

import { AGENT_CHOICES, DEFAULT_LAB_CONFIG } from '../contracts/lab-config';
import type { LabCatalogue } from '../contracts/protocol';
import { PRESETS, PRESET_NAMES, presetConfig } from './presets';
import { CONFIG_SCHEMA } from './schema';

export function labCatalogue(): LabCatalogue {
  return {
    presets: PRESET_NAMES.map((name) => ({ name, title: PRESETS[name].title, description: PRESETS[name].description, config: presetConfig(name) })),
    schema: CONFIG_SCHEMA.map((entry) => ({ ...entry })),
    agentChoices: [...AGENT_CHOICES],
    defaultConfig: DEFAULT_LAB_CONFIG,
  };
}
