// Every preset, every field the advanced drawer shows (and each of its choices) and every agent has its words
// in both languages: a new one without a translation fails here, and so does a stale entry.
import { describe, expect, it } from 'vitest';
import { AGENT_CHOICES } from '../../engine/lab-config';
import { PRESET_NAMES, PRESETS } from '../../preset/presets';
import { CONFIG_SCHEMA } from '../../preset/schema';
import { MESSAGES } from '../i18n/messages';
import { drawerSections } from './advanced-fields';
import { presetText } from './preset-text';

const LANGUAGES = ['en', 'zh'] as const;
const drawerFields = drawerSections(CONFIG_SCHEMA).flatMap((section) => section.fields);
const drawerChoices = [...new Set(drawerFields.flatMap((entry) => (entry.spec.kind === 'choice' ? entry.spec.choices : [])))];

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

  it("names every choice of the drawer's menus", () => {
    expect(Object.keys(lab.advanced.fieldChoices).sort()).toEqual([...drawerChoices].sort());
  });

  it('names every section and agent', () => {
    expect(Object.keys(lab.advanced.sections).sort()).toEqual(drawerSections(CONFIG_SCHEMA).map((section) => section.section).sort());
    expect(Object.keys(lab.setup.agents).sort()).toEqual([...AGENT_CHOICES].sort());
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
