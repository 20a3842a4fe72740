// The agent-kind registry: one record per description, every config table valid, documented and labelled in
// both languages, and every learner's agent built from its config and restored from its own checkpoint.

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../sim/catalog';
import type { FieldSpec } from '../../sim/fields';
import { DEFAULT_SIM_SETTINGS } from '../../sim/settings';
import { CONFIG_SCHEMA } from '../../preset/schema';
import { MESSAGES } from '../../ui/i18n/all-messages';
import { CheckpointError } from '../../contracts/checkpoint-refusal';
import { createAgent } from '../create-agent';
import { switchBackend } from '../../testing/backends';
import { SMALL } from '../../testing/small-dqn';
import { AGENT_KIND_RECORDS, agentKindRecord, recordOfChoice } from '.';
import {
  AGENT_CHOICES,
  AGENT_CONFIG_SECTIONS,
  AGENT_KIND_DESCRIPTIONS,
  DEFAULT_AGENT_CONFIGS,
  agentChoiceMessageKey,
  kindMessageKey,
  kindOfChoice,
  sectionMessageKey,
  knobSectionOf,
  type AgentConfigs,
  type AgentConfigSection,
} from './descriptions';

const catalog = createCatalog(DEFAULT_SIM_SETTINGS, 42);

/** Small settings of each learner (fast to build), and another shape whose checkpoint must not load into it. */
const SMALL_CONFIGS: AgentConfigs = { dqn: SMALL, tabular: { ...DEFAULT_AGENT_CONFIGS.tabular, engagementBins: 3, stepBins: 4, initialValue: 0.5 } };
const OTHER_SHAPES: AgentConfigs = { dqn: { ...SMALL, hiddenWidth: 8 }, tabular: { ...SMALL_CONFIGS.tabular, stepBins: 6 } };

function validDefault(spec: FieldSpec, value: unknown): boolean {
  if (spec.kind === 'boolean') return typeof value === 'boolean';
  if (spec.kind === 'choice') return typeof value === 'string' && spec.choices.includes(value);
  return typeof value === 'number' && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
}

describe('the agent-kind registry', () => {
  it('has one record per description, in the same order, with unique ids and agent choices', () => {
    expect(AGENT_KIND_RECORDS.map((record) => record.description)).toEqual(AGENT_KIND_DESCRIPTIONS);
    const ids = AGENT_KIND_DESCRIPTIONS.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(AGENT_CHOICES).size).toBe(AGENT_CHOICES.length);
    for (const choice of AGENT_CHOICES) expect(recordOfChoice(choice).description).toBe(kindOfChoice(choice));
    expect(() => agentKindRecord('no-such-kind')).toThrow(/Unknown agent kind/);
  });

  it.each(AGENT_KIND_DESCRIPTIONS.map((kind) => [kind.id, kind] as const))('%s: every default lies in its field\'s range and the tables agree', (_id, kind) => {
    if (!kind.table) {
      expect([kind.fields, kind.defaults, kind.liveKnobs.length, kind.learning]).toEqual([null, null, 0, 'none']);
      return;
    }
    const table = kind.table as Record<string, FieldSpec & { default: unknown }>;
    for (const [name, field] of Object.entries(table)) {
      expect(validDefault(field, field.default), `${kind.id}.${name} = ${String(field.default)}`).toBe(true);
      const { default: value, ...spec } = field;
      expect((kind.fields as Record<string, FieldSpec>)[name]).toEqual(spec);
      expect((kind.defaults as Record<string, unknown>)[name]).toBe(value);
    }
    for (const knob of kind.liveKnobs) expect(Object.keys(table)).toContain(knob);
  });

  it('labels and explains every field of every kind in English and in Chinese', () => {
    const entries = CONFIG_SCHEMA.filter((entry) => (AGENT_CONFIG_SECTIONS as readonly string[]).includes(entry.section));
    const kindFields = AGENT_KIND_DESCRIPTIONS.reduce((count, kind) => count + (kind.table ? Object.keys(kind.table).length : 0), 0);
    expect(entries).toHaveLength(kindFields);
    for (const entry of entries) {
      expect(MESSAGES.en.lab.advanced.fields[entry.name], entry.name).toBe(entry.spec.doc);
      expect(MESSAGES.en.lab.advanced.fieldLabels[entry.name as keyof typeof MESSAGES.en.lab.advanced.fieldLabels], entry.name).toMatch(/\w/);
      expect(MESSAGES.zh.lab.advanced.fields[entry.name], entry.name).toMatch(/[\u4e00-\u9fff]/);
      expect(MESSAGES.zh.lab.advanced.fieldLabels[entry.name as keyof typeof MESSAGES.zh.lab.advanced.fieldLabels], entry.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names every kind in both languages under its message key (never its id): in the agent menu, the drawer and file messages', () => {
    for (const language of ['en', 'zh'] as const) {
      const { lab, files } = MESSAGES[language];
      const agents: Record<string, string> = lab.setup.agents;
      const sections: Record<string, string> = lab.advanced.sections;
      for (const choice of AGENT_CHOICES) expect(agents[agentChoiceMessageKey(choice)], choice).toMatch(/\S/);
      for (const section of AGENT_CONFIG_SECTIONS) expect(sections[sectionMessageKey(section)], section).toMatch(/\S/);
      for (const kind of AGENT_KIND_DESCRIPTIONS) {
        expect(kind.messageKey).not.toBe(kind.id);
        expect(files.checkpoint.agentKinds[kindMessageKey(kind.id)], kind.id).toMatch(/\S/);
      }
    }
  });

  it('points the knobs at the chosen kind\'s section, and a kind without settings at the first learner\'s', () => {
    for (const choice of AGENT_CHOICES) {
      const kind = kindOfChoice(choice);
      expect(knobSectionOf(choice)).toBe(kind.table ? kind.id : AGENT_CONFIG_SECTIONS[0]);
    }
  });
});

describe('each learner kind\'s factory and checkpoint', () => {
  const learners = AGENT_CONFIG_SECTIONS.map((section) => [section] as const);

  it.each(learners)('%s: builds the agent its config asks for, restores it from its checkpoint and refuses another shape\'s', async (section: AgentConfigSection) => {
    await switchBackend('cpu');
    const tensorsBefore = tf.memory().numTensors;
    const build = (configs: AgentConfigs, seed: number) => createAgent(section, { ...configs, sim: DEFAULT_SIM_SETTINGS, catalog, seed, sessions: 2 });
    const agent = build(SMALL_CONFIGS, 1);
    expect(agent.kind).toBe(section);
    const saved = agent.saveCheckpoint();
    expect(saved.kind).toBe(section);

    const restored = build(SMALL_CONFIGS, 2);
    restored.loadCheckpoint(saved);
    expect(restored.saveCheckpoint()).toEqual(saved);

    const other = build(OTHER_SHAPES, 1);
    expect(() => other.loadCheckpoint(saved)).toThrow(CheckpointError);
    for (const built of [agent, restored, other]) built.dispose();
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it('builds every reference policy as an agent of the reference kind that does not learn', () => {
    for (const choice of AGENT_CHOICES.filter((candidate) => kindOfChoice(candidate).learning === 'none')) {
      const agent = createAgent(choice, { ...SMALL_CONFIGS, sim: DEFAULT_SIM_SETTINGS, catalog, seed: 1, sessions: 2 });
      expect(agent.kind).toBe(kindOfChoice(choice).id);
      expect([agent.readyToLearn(), agent.learn()]).toEqual([false, null]);
    }
  });
});
