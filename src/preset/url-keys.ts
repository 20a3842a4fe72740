// The lab link's vocabulary: one readable key per config field, the knob aliases, the link's own keys
// and the lecture options (controls hidden from the audience, presenter view, autoplay).

import { CONFIG_SCHEMA, type SchemaEntry } from './schema';

/**
 * The link format's version, written as `v=5`: raise it when a key changes meaning or a default that links
 * leave unsaid changes, and keep what the older version was written against in link-recipes.ts.
 */
export const LINK_VERSION = 5;

/** The keys that are not config fields (the knob aliases alpha and gamma come from schema.ts). */
export const LINK_KEYS = {
  version: 'v',
  preset: 'preset',
  agent: 'agent',
  /** A fixed exploration rate: start = end = epsilon, no decay (what the lab's epsilon knob sets). */
  epsilon: 'epsilon',
  hide: 'hide',
  present: 'present',
  autoplay: 'autoplay',
} as const;

/** Keys that other parts of the app own (the page router, the page's language): a lab link keeps them and says nothing about them. */
export const FOREIGN_KEYS: readonly string[] = ['page', 'lang'];

/** Shorter keys for the fields people type most; every other field's key is its flat schema name. */
const SHORT_KEYS: Readonly<Record<string, string>> = { trainingSeed: 'seed', totalSteps: 'steps' };

export function fieldKey(entry: SchemaEntry): string {
  return SHORT_KEYS[entry.name] ?? entry.name;
}

/** Each field by its key, and by its flat schema name too (a link written by hand may use either). */
const FIELDS_BY_KEY: ReadonlyMap<string, SchemaEntry> = new Map(
  CONFIG_SCHEMA.flatMap((entry): Array<[string, SchemaEntry]> => [
    [entry.name, entry],
    [fieldKey(entry), entry],
  ]),
);

export function fieldForKey(key: string): SchemaEntry | undefined {
  return FIELDS_BY_KEY.get(key);
}

/** The exploration schedule's fields, which the epsilon key sets together. */
export const EXPLORATION_FIELDS = ['explorationStart', 'explorationEnd', 'explorationDecaySteps'] as const;

/** Controls an instructor can hide from a lecture link, in the order a link lists them. */
export const HIDEABLE_CONTROLS = ['preset', 'agent', 'alpha', 'gamma', 'epsilon', 'advanced', 'backend', 'inspector', 'explanations', 'runs'] as const;
export type HideableControl = (typeof HIDEABLE_CONTROLS)[number];

export function isHideableControl(name: string): name is HideableControl {
  return (HIDEABLE_CONTROLS as readonly string[]).includes(name);
}

/** How the page presents the lab, as opposed to what it trains. */
export interface LectureView {
  /** Controls left out of the page, in HIDEABLE_CONTROLS order. */
  hidden: readonly HideableControl[];
  /** Large type and high contrast, for a projector. */
  present: boolean;
  /** Training starts as soon as the page is ready. */
  autoplay: boolean;
}

export const PLAIN_VIEW: LectureView = Object.freeze({ hidden: [], present: false, autoplay: false });
