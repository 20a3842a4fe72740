// What the loss and Q charts say for agents that never make a gradient update (so they stay empty).
import type { Messages } from '../../i18n/messages';

/** The empty chart's text for the running agent, or undefined (the default "waiting") for the DQN. */
export function noUpdatesText(agent: string | null, charts: Messages['charts']): string | undefined {
  if (agent === 'tabular') return charts.noUpdatesTabular;
  if (agent && agent !== 'dqn') return charts.noUpdatesReference;
  return undefined;
}
