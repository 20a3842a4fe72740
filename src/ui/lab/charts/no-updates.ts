// What the loss and Q charts say for agents that never make a gradient update (so they stay empty).

/** The empty chart's text for the running agent, or undefined (the default "waiting") for the DQN. */
export function noUpdatesText(agent: string | null): string | undefined {
  if (agent === 'tabular') return 'Tabular Q-learning updates its table on every step, without gradient updates: nothing to chart here. Its update is in the step-through inspector.';
  if (agent && agent !== 'dqn') return 'A reference policy does not learn: nothing to chart here.';
  return undefined;
}
