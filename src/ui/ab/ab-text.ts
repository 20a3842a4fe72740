// The compare page's sentences built from structured values: what B changes from A, and a link correction.
import type { AbDifference } from '../../preset/ab-setup';
import type { AbCorrection } from '../../preset/ab-url';
import type { Messages } from '../i18n/messages';

type AgentName = keyof Messages['ab']['agents'];

/** One difference as "γ 0 → 0.99": the knobs by their symbols, agents by name, other fields by their schema name. */
export function differenceText(t: Messages, difference: AbDifference): string {
  const { field, from, to } = difference;
  if (field === 'agent') {
    const agentName = (agent: string) => t.ab.agents[agent as AgentName] ?? agent;
    return `${t.ab.knobNames.agent} ${agentName(from)} → ${agentName(to)}`;
  }
  const name = field in t.ab.knobNames ? t.ab.knobNames[field as keyof Messages['ab']['knobNames']] : field;
  return `${name} ${from} → ${to}`;
}

/** The whole line: "B differs: γ 0 → 0.99 · multiStep 1 → 3", or that the two are the same. */
export function differencesLine(t: Messages, differences: readonly AbDifference[]): string {
  if (differences.length === 0) return t.ab.noDifference;
  return `${t.ab.differs}${differences.map((difference) => differenceText(t, difference)).join(' · ')}`;
}

/** Why a link's key was corrected, as a clause after the key and what it gave. */
export function correctionText(t: Messages, correction: AbCorrection): string {
  const message = t.ab.corrections[correction.code];
  return typeof message === 'string' ? message : message(correction.used);
}
