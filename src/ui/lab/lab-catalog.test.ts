// Every preset, every field the advanced drawer shows (and each of its choices) and every agent has its words
// in both languages: a new one without a translation fails here, and so does a stale entry.
import { describe, expect, it } from 'vitest';
import { AGENT_CHOICES, agentChoiceMessageKey, sectionMessageKey } from '../../contracts/agent-kinds';
import { PRESET_NAMES, PRESETS } from '../../preset/presets';
import { CONFIG_SCHEMA } from '../../preset/schema';
import { MESSAGES } from '../i18n/all-messages';
import { drawerSections } from './advanced-fields';
import { presetText } from './preset-text';

const LANGUAGES = ['en', 'zh'] as const;
const drawerFields = drawerSections(CONFIG_SCHEMA).flatMap((section) => section.fields);
const allChoices = [...new Set(CONFIG_SCHEMA.flatMap((entry) => (entry.spec.kind === 'choice' ? entry.spec.choices : [])))];

describe.each(LANGUAGES)('the %s lab catalog', (language) => {
  const { lab } = MESSAGES[language];

  it('names and explains every preset, and nothing else', () => {
    expect(Object.keys(lab.presets).sort()).toEqual([...PRESET_NAMES].sort());
    for (const name of PRESET_NAMES) {
      const { title, description } = lab.presets[name];
      expect(title.length, name).toBeGreaterThan(2);
      expect(description.length, name).toBeGreaterThan(20);
    }
  });

  it('documents every field the advanced drawer shows, and every config field besides', () => {
    expect(drawerFields.length).toBeGreaterThan(60);
    const docs: Record<string, string> = lab.advanced.fields;
    for (const entry of drawerFields) expect(docs[entry.name], entry.name).toMatch(/\S/);
    // No stale entries: the catalog documents exactly the schema's fields (the knobs' ones included).
    expect(Object.keys(docs).sort()).toEqual(CONFIG_SCHEMA.map((entry) => entry.name).sort());
  });

  it('labels every config field in words, none by its schema name, with a one-line help', () => {
    const labels: Record<string, string> = lab.advanced.fieldLabels;
    const docs: Record<string, string> = lab.advanced.fields;
    // Exactly the schema's fields: a new field without a label fails, and so does a stale label.
    expect(Object.keys(labels).sort()).toEqual(CONFIG_SCHEMA.map((entry) => entry.name).sort());
    for (const entry of CONFIG_SCHEMA) {
      const label = labels[entry.name];
      expect(label, entry.name).toMatch(/\S/);
      // Not the schema name, in any case ("Optimizer" for optimizer), and no camelCase word at all.
      expect(label.toLowerCase(), `${entry.name}: "${label}"`).not.toBe(entry.name.toLowerCase());
      expect(label, entry.name).not.toMatch(/[a-z][A-Z]/);
      // A label is a name, not a sentence; the help is one line that says more than the label.
      expect(label.length, entry.name).toBeLessThanOrEqual(32);
      expect(docs[entry.name], entry.name).not.toContain('\n');
      expect(docs[entry.name].length, entry.name).toBeGreaterThan(label.length);
      // No other field's schema name shows in a label either.
      for (const other of CONFIG_SCHEMA) if (/[A-Z]/.test(other.name)) expect(label, entry.name).not.toContain(other.name);
    }
    // Labels tell fields apart: the drawer never shows two fields of one section under one name.
    for (const { fields } of drawerSections(CONFIG_SCHEMA)) expect(new Set(fields.map((entry) => labels[entry.name])).size).toBe(fields.length);
  });

  it('labels the agent and the textbook knobs that are no single field', () => {
    expect(Object.keys(lab.advanced.knobLabels).sort()).toEqual(['agent', 'alpha', 'epsilon', 'gamma']);
    expect([lab.advanced.knobLabels.alpha, lab.advanced.knobLabels.gamma, lab.advanced.knobLabels.epsilon]).toEqual(['α', 'γ', 'ε']);
  });

  it('words every choice of every choice field, and yes and no', () => {
    expect(Object.keys(lab.advanced.fieldChoices).sort()).toEqual([...allChoices].sort());
    expect(lab.advanced.fieldValues.yes).not.toBe(lab.advanced.fieldValues.no);
  });

  it('names every section and agent', () => {
    expect(Object.keys(lab.advanced.sections).sort()).toEqual(drawerSections(CONFIG_SCHEMA).map((section) => sectionMessageKey(section.section)).sort());
    expect(Object.keys(lab.setup.agents).sort()).toEqual(AGENT_CHOICES.map(agentChoiceMessageKey).sort());
  });
});

describe('the catalogs against the lower layers', () => {
  it('say in English exactly what the presets say for the command line', () => {
    for (const name of PRESET_NAMES) {
      expect(MESSAGES.en.lab.presets[name]).toEqual({ title: PRESETS[name].title, description: PRESETS[name].description });
    }
  });

  it('say in English exactly what the schema documents for the command line', () => {
    const docs: Record<string, string> = MESSAGES.en.lab.advanced.fields;
    for (const entry of CONFIG_SCHEMA) expect(docs[entry.name], entry.name).toBe(entry.spec.doc);
  });

  it("give a preset the page's words, or the worker's for a preset the catalog does not know", () => {
    const preset = { name: 'myopic', title: PRESETS.myopic.title, description: PRESETS.myopic.description };
    expect(presetText(preset, MESSAGES.zh.lab).title).toBe('短视（γ = 0）');
    expect(presetText({ name: 'from-a-newer-lab', title: 'New', description: 'A lesson.' }, MESSAGES.zh.lab)).toEqual({ title: 'New', description: 'A lesson.' });
  });
});
