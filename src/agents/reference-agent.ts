// Wraps a rule-based simulator policy (random, most-popular, oracles) as an Agent that never learns.

import type { BatchedShopperEnv } from '../sim/env';
import type { Policy } from '../sim/policies';
import type { ActionBatch, Agent, LiveKnobs, TransitionBatch, UpdateStats } from './agent';
import type { AgentCheckpoint } from '../contracts/agent-checkpoint';
import { CheckpointError } from '../contracts/checkpoint-refusal';
import { ITEM_COUNT } from '../sim/settings';

export class ReferenceAgent implements Agent {
  readonly kind = 'reference' as const;
  readonly name: string;
  private readonly policy: Policy;

  constructor(policy: Policy, name = policy.name) {
    this.policy = policy;
    this.name = name;
  }

  /** The policy chooses; nothing is explored and there are no Q-values (zeros). */
  act(env: BatchedShopperEnv, _explorationRate: number, out: ActionBatch): void {
    this.policy.chooseActions(env, out.actions);
    out.explored.fill(0);
    out.qValues.fill(0);
  }

  remember(_batch: TransitionBatch): void {}

  readyToLearn(): boolean {
    return false;
  }

  learn(): UpdateStats | null {
    return null;
  }

  setKnobs(_knobs: LiveKnobs): void {}

  probeMaxQ(_observations: Float32Array, _count: number): number {
    return 0;
  }

  greedyValues(_observations: Float32Array, rows: number): Float32Array {
    return new Float32Array(rows * ITEM_COUNT);
  }

  greedyPolicy(): Policy {
    return this.policy;
  }

  /** A policy has no learned state; the random policy's own stream is saved, so a restored run picks the same items. */
  saveCheckpoint(): AgentCheckpoint {
    const stream = this.policy.random?.getState();
    const arrays: AgentCheckpoint['arrays'] = stream ? { randomState: new Float64Array([stream.state, stream.spareNormal]) } : {};
    return { kind: 'reference', signature: `reference ${this.policy.name}`, arrays, numbers: {} };
  }

  loadCheckpoint(checkpoint: AgentCheckpoint): void {
    const signature = `reference ${this.policy.name}`;
    if (checkpoint.kind !== 'reference') throw new CheckpointError({ code: 'wrong-kind', saved: checkpoint.kind, expected: 'reference' });
    if (checkpoint.signature !== signature) throw new CheckpointError({ code: 'wrong-signature', saved: checkpoint.signature, expected: signature });
    const { randomState } = checkpoint.arrays;
    if (randomState === undefined || !this.policy.random) return; // files saved before the stream was kept continue from the current one
    if (!(randomState instanceof Float64Array) || randomState.length !== 2) throw new CheckpointError({ code: 'no-random-state' });
    this.policy.random.setState({ state: randomState[0], spareNormal: randomState[1] });
  }

  isFinite(): boolean {
    return true;
  }

  dispose(): void {}
}
