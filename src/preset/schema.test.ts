// Schema tests: one flat name per field, every field of every section, and reading and patching through it.

import { describe, expect, it } from 'vitest';
import { DQN_FIELDS, TABULAR_FIELDS } from '../contracts/agent-kinds';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../contracts/lab-config';
import { TRAINING_FIELDS } from '../contracts/training-config';
import { SIM_FIELDS } from '../sim/settings';
import { CONFIG_SCHEMA, KNOB_ALIASES, knobEntry, patchField, readField, schemaEntry } from './schema';

const SECTIONS = { dqn: DQN_FIELDS, tabular: TABULAR_FIELDS, training: TRAINING_FIELDS, sim: SIM_FIELDS } as const;

describe('CONFIG_SCHEMA', () => {
  it('gives every field a unique flat name', () => {
    const names = CONFIG_SCHEMA.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds every field of every section exactly once, with its own spec', () => {
    const expected = Object.entries(SECTIONS).flatMap(([section, fields]) => Object.keys(fields).map((field) => `${section}.${field}`));
    expect(CONFIG_SCHEMA.map((entry) => `${entry.section}.${entry.field}`).sort()).toEqual(expected.sort());
    for (const entry of CONFIG_SCHEMA) expect(entry.spec).toBe((SECTIONS[entry.section] as Record<string, unknown>)[entry.field]);
  });

  it('keeps the DQN names plain and prefixes the tabular ones that clash', () => {
    expect(schemaEntry('learningRate')).toMatchObject({ section: 'dqn', field: 'learningRate' });
    expect(schemaEntry('tabularLearningRate')).toMatchObject({ section: 'tabular', field: 'learningRate' });
    expect(schemaEntry('tabularDiscount')).toMatchObject({ section: 'tabular', field: 'discount' });
    expect(schemaEntry('engagementBins')).toMatchObject({ section: 'tabular', field: 'engagementBins' });
    expect(schemaEntry('totalSteps')).toMatchObject({ section: 'training', field: 'totalSteps' });
    expect(schemaEntry('nonsense')).toBeUndefined();
  });

  it('documents every field in one line', () => {
    for (const entry of CONFIG_SCHEMA) {
      expect(entry.spec.doc.length, entry.name).toBeGreaterThan(10);
      expect(entry.spec.doc, entry.name).not.toContain('\n');
    }
  });

  it('maps the textbook knob names onto config fields', () => {
    for (const field of Object.values(KNOB_ALIASES)) expect(schemaEntry(field)).toBeDefined();
  });

  it("points alpha and gamma at the chosen agent's fields", () => {
    expect(knobEntry('alpha', 'tabular')).toBe(schemaEntry('tabularLearningRate'));
    expect(knobEntry('gamma', 'tabular')).toBe(schemaEntry('tabularDiscount'));
    expect(knobEntry('discount', 'dqn')).toBe(schemaEntry('discount'));
    expect(knobEntry('alpha', 'heuristic')).toBe(schemaEntry('learningRate'));
    expect(knobEntry('hiddenWidth', 'dqn')).toBeUndefined();
  });
});

describe('readField and patchField', () => {
  it('read a field and write it back through a patch', () => {
    const entry = schemaEntry('tabularDiscount')!;
    expect(readField(DEFAULT_LAB_CONFIG, entry)).toBe(DEFAULT_LAB_CONFIG.tabular.discount);
    const patch = patchField(patchField({}, entry, 0.5), schemaEntry('hiddenWidth')!, 8);
    expect(patch).toEqual({ tabular: { discount: 0.5 }, dqn: { hiddenWidth: 8 } });
    const config = applyPatch(DEFAULT_LAB_CONFIG, patch);
    expect(readField(config, entry)).toBe(0.5);
    expect(config.dqn.discount).toBe(DEFAULT_LAB_CONFIG.dqn.discount);
  });

  it('keeps earlier fields of the same section', () => {
    const patch = patchField(patchField({}, schemaEntry('hiddenWidth')!, 8), schemaEntry('batchSize')!, 32);
    expect(patch).toEqual({ dqn: { hiddenWidth: 8, batchSize: 32 } });
  });
});
