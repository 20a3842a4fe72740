/** The trained agent the lab ships beside its page (public/), for the play page's replay; scripts/bundled-agent.ts writes it. */
export const BUNDLED_AGENT_FILE = 'bundled-agent.qshop';
