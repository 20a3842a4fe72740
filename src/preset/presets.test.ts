// Preset tests: every preset is a valid config (each field inside its documented range), and says its lesson in one sentence.

import { describe, expect, it } from 'vitest';
import { AGENT_CHOICES } from '../contracts/lab-config';
import { PRESET_NAMES, PRESETS, isPresetName, presetConfig } from './presets';
import { CONFIG_SCHEMA, readField } from './schema';

describe('presets', () => {
  it.each(PRESET_NAMES)('%s yields a config whose every field is inside its documented range', (name) => {
    const config = presetConfig(name);
    expect(AGENT_CHOICES).toContain(config.agent);
    for (const entry of CONFIG_SCHEMA) {
      const value = readField(config, entry);
      const where = `${name}: ${entry.section}.${entry.field} = ${String(value)}`;
      switch (entry.spec.kind) {
        case 'number':
          expect(typeof value, where).toBe('number');
          expect(value as number, where).toBeGreaterThanOrEqual(entry.spec.min);
          expect(value as number, where).toBeLessThanOrEqual(entry.spec.max);
          if (entry.spec.integer) expect(Number.isInteger(value), where).toBe(true);
          break;
        case 'choice':
          expect(entry.spec.choices, where).toContain(value);
          break;
        case 'boolean':
          expect(typeof value, where).toBe('boolean');
          break;
      }
    }
  });

  it.each(PRESET_NAMES)('%s has its own name, a title, and a one-sentence description', (name) => {
    const preset = PRESETS[name];
    expect(preset.name).toBe(name);
    expect(preset.title.length).toBeGreaterThan(3);
    expect(preset.description).toMatch(/^[A-Z].*\.$/);
    expect(preset.description).not.toMatch(/[.!?]\s+[A-Z]/); // no second sentence
  });

  it('names only fields that exist in the config', () => {
    for (const name of PRESET_NAMES) {
      const { patch } = PRESETS[name];
      for (const section of ['sim', 'dqn', 'tabular', 'training'] as const) {
        for (const field of Object.keys(patch[section] ?? {})) {
          expect(CONFIG_SCHEMA.some((entry) => entry.section === section && entry.field === field), `${name}: ${section}.${field}`).toBe(true);
        }
      }
    }
  });

  it('gives each lesson its own title, and applies its patch on the default', () => {
    expect(new Set(PRESET_NAMES.map((name) => PRESETS[name].title)).size).toBe(PRESET_NAMES.length);
    expect(presetConfig('myopic').dqn.discount).toBe(0);
    expect(presetConfig('tabular').agent).toBe('tabular');
    expect(presetConfig('trust-exact').sim.observability).toBe('exact');
    // The lessons the default's extensions hide start from the textbook one-step DQN.
    for (const name of ['one-step', 'no-target-network', 'trust-exact'] as const) {
      expect(presetConfig(name).dqn, name).toMatchObject({ inputEncoding: 'flat', multiStep: 1, doubleDqn: false, policyAveraging: 0 });
    }
    expect(presetConfig('no-target-network').dqn.targetUpdate).toBe('none');
    expect(presetConfig('one-step').dqn.targetUpdate).toBe(presetConfig('default').dqn.targetUpdate);
    expect(presetConfig('no-exploration').training.explorationStart).toBe(0);
  });

  it('recognises preset names', () => {
    expect(isPresetName('default')).toBe(true);
    expect(isPresetName('clicks-only')).toBe(true);
    expect(isPresetName('Default')).toBe(false);
    expect(isPresetName('')).toBe(false);
  });
});
