// Where the code behind the inspector's formulas lives in the repository, for students who want to read it.

/** The DQN update the Bellman view works out, written for reading; the fast update the lab runs is tested against it. */
export const Q_LEARNING_UPDATE_SOURCE = 'src/agents/q-learning-update.ts';
