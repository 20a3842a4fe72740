// What a run needs besides its trainer, kept across resets because it is slow to make: the chosen tfjs
// backend (re-chosen only when the request or the network changes) and the reference policies' scores.

import { kindOfChoice } from '../agents/kinds/descriptions';
import type { LabConfig } from '../contracts/lab-config';
import type { Trainer } from '../engine/trainer';
import { selectBackend } from './backend-selection';
import type { BackendReport, ReferenceResult, WebglReport } from '../contracts/protocol';
import { evaluateReferences, referenceKey } from './run-factory';

export class RunResources {
  private readonly probe: () => WebglReport;
  private webglReport: WebglReport | null = null;
  private backend: { key: string; report: BackendReport } | null = null;
  private readonly references = new Map<string, ReferenceResult[]>();

  constructor(probeWebgl: () => WebglReport) {
    this.probe = probeWebgl;
  }

  /** What WebGL is like here, probed once. */
  get webgl(): WebglReport {
    this.webglReport ??= this.probe();
    return this.webglReport;
  }

  async backendFor(config: LabConfig): Promise<BackendReport> {
    const requested = config.training.backend;
    // The trial times the network the run will train; an agent without one runs on any backend alike.
    const network = kindOfChoice(config.agent).usesComputeBackend ? config.dqn : null;
    const key = JSON.stringify([requested, network && [network.hiddenWidth, network.hiddenLayerCount, network.dueling, network.batchSize, network.optimizer]]);
    if (this.backend?.key === key) return this.backend.report;
    const report = await selectBackend(requested, network, this.webgl);
    this.backend = { key, report };
    return report;
  }

  /** After a lost WebGL context: wasm (or cpu if wasm cannot start); the next reset chooses again. */
  async fallbackFromWebgl(): Promise<BackendReport> {
    this.backend = null;
    return selectBackend('wasm', null, this.webgl);
  }

  async referencesFor(config: LabConfig, trainer: Trainer): Promise<ReferenceResult[]> {
    const key = referenceKey(config);
    let references = this.references.get(key);
    if (!references) {
      references = await evaluateReferences(trainer, config.training.trainingSeed);
      this.references.set(key, references);
    }
    return references;
  }
}
