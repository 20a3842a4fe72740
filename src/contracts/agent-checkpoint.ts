// An agent's saved state as it crosses the page/worker boundary and goes into model files.

import type { AgentKindId } from './agent-kinds';

/** Which kind of agent (its record in src/agents/kinds): named in checkpoints and model files. */
export type AgentKind = AgentKindId;

/** A serialisable snapshot of an agent: named typed arrays plus named numbers (structured-clone and JSON friendly). */
export interface AgentCheckpoint {
  kind: AgentKind;
  /** Identifies the network shape or table layout, so a mismatched file is rejected. */
  signature: string;
  arrays: Record<string, Float32Array | Int32Array | Uint8Array | Float64Array>;
  numbers: Record<string, number>;
}
