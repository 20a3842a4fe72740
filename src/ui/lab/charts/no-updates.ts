// What the loss and Q charts say for agents that never make a gradient update (so they stay empty).
import { kindOfChoice } from '../../../contracts/agent-kinds';
import type { Messages } from '../../i18n/messages';

/** The empty chart's text for the running agent, or undefined (the default "waiting") for one that makes minibatch updates. */
export function noUpdatesText(agent: string | null, charts: Messages['charts']): string | undefined {
  const learning = agent === null ? null : kindOfChoice(agent).learning;
  if (learning === 'every-step') return charts.noUpdatesTabular;
  if (learning === 'none') return charts.noUpdatesReference;
  return undefined;
}
